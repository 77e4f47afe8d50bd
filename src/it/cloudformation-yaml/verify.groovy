import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] cloudformation/stack.yaml:[26,15] IAM201 user-resource-wildcard: Statement "OwnSshKeys" '
        + 'allows iam:UploadSSHPublicKey on arn:aws:iam::${Account}:user/${aws:username}* (every user\'s SSH public keys). '
        + 'Scope it to arn:aws:iam::*:user/${aws:username}.')
// the self-scoped statement written with !Sub and ${!aws:username} is clean
assert !(log =~ /OwnKeys.*IAM20[12]/)

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
assert report.policies == [[file: 'cloudformation/stack.yaml',
        policyPath: 'Resources.SelfServicePolicy.Properties.PolicyDocument', kind: 'managed']]
def f = report.findings.find { it.rule == 'IAM201' }
assert f.policyPath == 'Resources.SelfServicePolicy.Properties.PolicyDocument'
// issue 8: the parameter Account has no Default, and whatever account it names, ${aws:username}* there lets
// alice change alice2's SSH keys: IAM301 is an error next to IAM201 (it used to match nothing and say nothing)
assert report.findings.findAll { it.severity == 'error' }*.rule.sort() == ['IAM201', 'IAM301']
def sem = report.findings.find { it.rule == 'IAM301' }
assert sem.statement == 'OwnSshKeys'
assert sem.message.contains('whatever `${Account}` is')
return true
