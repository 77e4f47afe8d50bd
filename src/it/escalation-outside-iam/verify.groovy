import groovy.json.JsonSlurper

// Risk outside IAM actions (IAM106-IAM111) in a Terraform JSON configuration of three roles: a CI role that can
// escalate, an ordinary application role (no warning, no error) and an over-broad reporting role.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] terraform\/roles\.tf\.json:\[\d+,\d+\] IAM106 escalation-outside-iam: The policy allows privilege escalation without IAM write actions: lambda-create-invoke \(lambda:CreateFunction \+ lambda:InvokeFunction \+ iam:PassRole\)\. .* iam:PassRole reaches every role of the account\./
assert log =~ /\[WARNING\] terraform\/roles\.tf\.json:\[\d+,\d+\] IAM106 escalation-outside-iam: The policy allows privilege escalation without IAM write actions: lambda-update-code \(lambda:UpdateFunctionCode\)/
assert log =~ /\[WARNING\] terraform\/roles\.tf\.json:\[\d+,\d+\] IAM107 resource-exposure: Statement "ShareBuckets" allows 2 permissions-management actions on any resource \(kms:CreateGrant, s3:PutBucketPolicy\)/
assert log =~ /\[WARNING\] terraform\/roles\.tf\.json:\[\d+,\d+\] IAM108 credentials-exposure: Statement "Hop" allows sts:AssumeRole on any resource/
assert log =~ /\[WARNING\] terraform\/roles\.tf\.json:\[\d+,\d+\] IAM109 data-read-on-any-resource: Statement "ReadEverything" allows s3:GetObject, secretsmanager:GetSecretValue, ssm:GetParametersByPath on any resource/
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def byPolicy = { name -> report.findings.findAll { it.policyPath.contains(name) } }
def show = { fs -> fs.collect { it.rule + ':' + it.severity + ':' + it.statement }.sort() }

// IAM110: lambda:CreateFunction and lambda:InvokeFunction support function ARNs but are granted on "*"
assert show(byPolicy('ci_deploy')) == [
        'IAM104:error:PassAnyRole', 'IAM106:error:PassAnyRole', 'IAM109:warning:Functions', 'IAM110:note:Functions']
assert log =~ /\[INFO\] terraform\/roles\.tf\.json:\[\d+,\d+\] IAM110 resource-wildcard-write: Statement "Functions" allows 2 write actions on any resource \(lambda:CreateFunction, lambda:InvokeFunction\)/
// a typical application role: only a note for the registry token
assert show(byPolicy('orders_app')) == ['IAM108:note:Images']
assert show(byPolicy('reporting')) == [
        'IAM106:warning:PatchFunctions',
        'IAM107:warning:ShareBuckets',
        'IAM108:warning:Hop',
        'IAM109:warning:ReadEverything',
        'IAM110:note:PatchFunctions',
]
// the permissions-management actions of "ShareBuckets" are IAM107's only: no IAM110 on that statement
assert !report.findings.any { it.rule == 'IAM110' && it.statement == 'ShareBuckets' }

// IAM111: AWS managed policies attached by ARN in HCL, graded by the principal; ReadOnlyAccess is not elevated
assert log =~ /\[ERROR\] terraform\/attachments\.tf:\[6,16\] IAM111 elevated-managed-policy: The AWS managed policy AdministratorAccess is attached to a user/
assert log =~ /\[WARNING\] terraform\/attachments\.tf:\[11,16\] IAM111 elevated-managed-policy: The AWS managed policy PowerUserAccess is attached to a role/
assert report.findings.findAll { it.rule == 'IAM111' }.collect { it.policyPath + ':' + it.severity }.sort() == [
        'resource.aws_iam_role_policy_attachment.pipeline_power.policy_arn:warning',
        'resource.aws_iam_user_policy_attachment.operator_admin.policy_arn:error',
]
return true
