import groovy.json.JsonSlurper

// Every condition rule reports once, at its statement, with the severity its page gives.
def log = new File(basedir, 'build.log').text
def file = 'src/main/resources/policies/storage.json'
assert log =~ /\[WARNING\] src\/main\/resources\/policies\/storage\.json:\[9,51\] IAM011 wildcard-without-like: Statement "HomeOnly" compares s3:prefix with "home\/\*" using StringEquals/
assert log =~ /\[ERROR\] src\/main\/resources\/policies\/storage\.json:\[\d+,\d+\] IAM013 unknown-condition-key: .*Did you mean "aws:SecureTransport"\?/
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def mine = report.findings.findAll { it.rule ==~ /IAM01[1-8]/ }
assert mine.collect { it.rule + ':' + it.severity + ':' + it.statement }.sort() == [
        'IAM011:warning:HomeOnly',
        'IAM012:warning:SiteAssets',
        'IAM013:error:DenyWithoutTls',
        'IAM014:error:DenyOtherPrefixes',
        'IAM015:error:FreshSessions',
        'IAM016:error:Office',
        'IAM017:warning:TagKeys',
        'IAM018:error:Vpc',
]
assert report.findings.every { it.statement != 'Clean' }

def sarif = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.sarif'))
def rules = sarif.runs[0].tool.driver.rules
(11..18).each { n ->
    def id = 'IAM0' + n
    def r = rules.find { it.id == id }
    assert r != null : id
    assert r.helpUri.endsWith(id + '.md')
    assert r.properties['security-severity'] != null
}
return true
