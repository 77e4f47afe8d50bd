import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def iam301 = report.findings.findAll { it.rule == 'IAM301' }
// the template's two policies of one user are checked together: the Deny of one cancels the Allow of the other
assert !iam301.any { it.file.endsWith('guarded-user.yaml') } : iam301
// a guard on another user guards nothing: the finding is on the Allow
def tf = iam301.findAll { it.file.endsWith('unguarded.tf') }
assert tf.size() == 1 : iam301
assert tf[0].severity == 'error' && tf[0].statement == 'ManageKeys'
assert tf[0].counterexample.action == 'iam:CreateAccessKey'
assert new File(basedir, 'build.log').text.contains('BUILD FAILURE')
return true
