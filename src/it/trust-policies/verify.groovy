import groovy.json.JsonSlurper

// Trust and resource policies of a CloudFormation template get the IAM4xx rules, each at its own element.
def log = new File(basedir, 'build.log').text
def file = 'cloudformation/platform.yaml'
assert log =~ /\[ERROR\] cloudformation\/platform\.yaml:\[18,26\] IAM404 github-oidc-trust: Statement "GitHubActions" trusts GitHub Actions .* allows sub repo:\*\/shop:\*, which matches repositories of any owner/
assert log =~ /\[ERROR\] cloudformation\/platform\.yaml:\[\d+,\d+\] IAM405 oidc-trust-without-subject: Statement "Irsa" trusts the identity provider oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/EXAMPLE0123456789 without a condition on oidc\.eks\.eu-west-1\.amazonaws\.com\/id\/EXAMPLE0123456789:sub/
assert log =~ /\[WARNING\] cloudformation\/platform\.yaml:\[\d+,\d+\] IAM403 cross-account-trust-without-external-id: Statement "Vendor" lets every principal of account 111122223333/
assert log =~ /\[ERROR\] cloudformation\/platform\.yaml:\[\d+,\d+\] IAM407 invalid-trust-policy: Statement "CodeBuild" of this trust policy has a Resource element/
assert log =~ /\[WARNING\] cloudformation\/platform\.yaml:\[\d+,\d+\] IAM401 public-principal: Statement "PublicRead" allows s3:GetObject to everyone/
assert log =~ /\[WARNING\] cloudformation\/platform\.yaml:\[\d+,\d+\] IAM406 service-principal-without-source: Statement "TrailWrite" allows cloudtrail\.amazonaws\.com/
assert log =~ /\[ERROR\] cloudformation\/platform\.yaml:\[\d+,\d+\] IAM402 allow-not-principal: Statement "Producers"/
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def mine = report.findings.findAll { it.rule.startsWith('IAM4') }
assert mine.collect { it.rule + ':' + it.severity + ':' + it.statement }.sort() == [
        'IAM401:warning:PublicRead',
        'IAM402:error:Producers',
        'IAM403:warning:Vendor',
        'IAM404:error:GitHubActions',
        'IAM405:error:Irsa',
        'IAM406:warning:TrailWrite',
        'IAM407:error:CodeBuild',
]
// the good roles and statements get nothing from any rule
def clean = ['GitHubReleaseRole', 'FunctionRole']
assert report.findings.every { f -> clean.every { !f.policyPath.contains(it) } }
assert report.findings.every { !(it.statement in ['TlsOnly', 'FromTopic']) }
assert report.findings.find { it.rule == 'IAM404' }.policyPath == 'Resources.GitHubDeployRole.Properties.AssumeRolePolicyDocument'

def sarif = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.sarif'))
def rules = sarif.runs[0].tool.driver.rules
['IAM401', 'IAM402', 'IAM403', 'IAM404', 'IAM405', 'IAM406', 'IAM407'].each { id ->
    def r = rules.find { it.id == id }
    assert r != null : id
    assert r.helpUri.endsWith(id + '.md')
    assert r.properties['security-severity'] != null
}
return true
