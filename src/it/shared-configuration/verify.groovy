import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /Installing .*org-iam-config-1.0.jar/
assert log =~ /IAM policy check: 0 errors, \d+ warnings?, \d+ notes?, 2 suppressed in 1 policy/
assert !log.contains('Unused suppression')

def report = new JsonSlurper().parse(new File(basedir, 'app/target/iam-policy/iam-policy.json'))
def suppressed = report.findings.findAll { it.suppressed }
assert suppressed*.rule.sort() == ['IAM201', 'IAM301']
assert suppressed.every {
    it.suppressed.kind == 'external' && it.suppressed.reason == 'Organisation-wide exception for the key rotation robot (SEC-42)'
}
return true
