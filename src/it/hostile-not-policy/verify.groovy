import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] src/main/resources/data.json:[1,1] IAM001 parse-error: File exceeds a scan limit: the file has ')
assert log =~ /\[INFO\] src\/main\/resources\/deep\.json:\[1,\d+\] IAM001 parse-error: File exceeds a scan limit: nesting deeper/
assert log =~ /\[INFO\] src\/main\/resources\/anchors\.yaml:\[\d+,\d+\] IAM001 parse-error: File exceeds a scan limit: more than the limit of 100 YAML aliases/
assert log.contains('BUILD SUCCESS')
assert !log.contains('Caused by:')
assert !log.contains('[ERROR]')
def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
assert report.findings.findAll { it.rule == 'IAM001' }*.severity == ['note', 'note', 'note']
assert report.policies.size() == 1
return true
