import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
assert report.filesScanned == 6
assert report.policies.isEmpty()
assert report.findings.isEmpty()
assert log.contains('IAM policy check: 0 errors, 0 warnings, 0 notes in 0 policies (6 files scanned')
return true
