import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/policies/iam-star.json:[7,17] IAM101 wildcard-action: Statement '
        + '"SelfService" allows every iam action (iam:*), including actions AWS adds later. List the actions the users need.')
assert log =~ /\[ERROR\] src\/main\/resources\/policies\/iam-star\.json:\[7,17\] IAM104 iam-write-outside-self-manage: Statement "SelfService" allows IAM actions outside the self-manage set: iam:AttachUserPolicy/
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
assert report.findings.findAll { it.severity == 'error' }*.rule.sort() == ['IAM101', 'IAM104']
assert report.findings.every { it.statement == 'SelfService' }
return true
