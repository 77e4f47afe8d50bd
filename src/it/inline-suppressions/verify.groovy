import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// cfn-lint's ignore_checks has no reason: it does not apply, the log says why, and the finding fails the build
assert log =~ /\[WARNING\] inline suppression IAM201 at cloudformation\/stack.yaml:\[46,15\] \(Resources.UnexplainedKeys.Metadata.cfn-lint\) has no reason and does not apply/
assert log =~ /\[ERROR\] cloudformation\/stack.yaml:\S+ IAM201 user-resource-wildcard: Statement "Unexplained"/
// the resources with reasons are not printed as errors
assert !(log =~ /\[ERROR\] \S+ IAM201 .*Statement "(RotateKeys|BreakGlass|TfRobot)"/)
assert !log.contains('W28')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def byStatement = report.findings.findAll { it.rule == 'IAM201' }.collectEntries { [it.statement, it] }
assert byStatement.RotateKeys.suppressed == [kind: 'inSource', reason: 'Key rotation robot, reviewed in SEC-42',
        origin: 'Resources.RobotKeys.Metadata.iam-policy']
assert byStatement.BreakGlass.suppressed.kind == 'inSource'
assert byStatement.BreakGlass.suppressed.reason == 'Break-glass group, reviewed monthly'
assert byStatement.TfRobot.suppressed.reason == 'Terraform-managed rotation robot (SEC-43)'
assert byStatement.Unexplained.suppressed == null
assert report.summary.suppressed == 6

def sarif = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.sarif'))
def inSource = sarif.runs[0].results.findAll { it.suppressions }
assert inSource.size() == 6
assert inSource.every { it.suppressions[0].kind == 'inSource' && it.suppressions[0].justification }
return true
