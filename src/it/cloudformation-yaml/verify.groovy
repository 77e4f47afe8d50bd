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
assert report.findings.findAll { it.severity == 'error' }.size() == 1
return true
