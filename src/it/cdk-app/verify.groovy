import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def template = 'cdk.out/SelfServiceStack.template.json'

// only the stack template is read: not the manifest, the construct tree or the asset directory
assert report.filesScanned == 1
assert report.policies*.file == [template]
assert report.findings.every { it.file == template }

// the finding is against the template, and names the construct the user changes in the CDK app
def keys = report.findings.find { it.rule == 'IAM201' }
assert keys.policyPath == 'Resources.DeveloperDefaultPolicyC0D3E1F4.Properties.PolicyDocument'
assert keys.message.endsWith('(CDK construct SelfServiceStack/Developer/DefaultPolicy/Resource)')
assert log =~ /\[ERROR\] cdk\.out\/SelfServiceStack\.template\.json:\[\d+,\d+\] IAM201 .*\(CDK construct SelfServiceStack\/Developer\/DefaultPolicy\/Resource\)/
assert !log.contains('asset.0a1b2c')
return true
