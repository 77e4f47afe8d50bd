import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the suppressed errors are not printed as errors, and the build passes
assert !log.contains('[ERROR] src/main/resources/policies/keys.json')
assert log =~ /IAM policy check: 0 errors, 1 warning, \d+ notes?, 2 suppressed in 1 policy/
// an expired entry no longer applies, and says so
assert log.contains('[WARNING] suppression entry 2 of config/iam-suppressions.json (IAM207 on **) expired on 2020-01-01')
assert log.contains('[WARNING] src/main/resources/policies/keys.json:')
assert log =~ /\[WARNING\] src\/main\/resources\/policies\/keys.json:\S+ IAM207/
// an entry that matches nothing is reported
assert log.contains('[WARNING] Unused suppression: entry 3 of config/iam-suppressions.json (IAM104 on infra/**) matches no finding')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def suppressed = report.findings.findAll { it.suppressed }
assert suppressed*.rule.sort() == ['IAM201', 'IAM301']
suppressed.each {
    assert it.suppressed.kind == 'external'
    assert it.suppressed.reason == 'Key rotation robot of the platform team, reviewed in SEC-42'
}
assert report.summary.errors == 0
assert report.summary.suppressed == 2

def sarif = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.sarif'))
def results = sarif.runs[0].results.findAll { it.suppressions }
assert results*.ruleId.sort() == ['IAM201', 'IAM301']
results.each {
    assert it.suppressions == [[kind: 'external', status: 'accepted',
            justification: 'Key rotation robot of the platform team, reviewed in SEC-42']]
}
return true
