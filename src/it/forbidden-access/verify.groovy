import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def iam303 = report.findings.findAll { it.rule == 'IAM303' }

// kms:* on the account's keys includes kms:Decrypt, forbidden by the sensitive-data preset
def kms = iam303.findAll { it.file == 'src/main/resources/policies/kms-wildcard.json' }
assert kms.size() == 1 : iam303
assert kms[0].severity == 'error'
assert kms[0].counterexample.action == 'kms:Decrypt'
assert kms[0].message.contains('forbidden access (kms:Decrypt on *)')

// the Deny removes the only forbidden action the policy allows
assert !iam303.any { it.file == 'src/main/resources/policies/kms-denied.json' } : iam303

// a project entry with a resource pattern: DeleteTable on every table reaches the prod- tables
def tables = iam303.findAll { it.file == 'src/main/resources/policies/tables.json' }
assert tables.size() == 1 : iam303
assert tables[0].counterexample.action == 'dynamodb:DeleteTable'
assert tables[0].counterexample.resource.contains(':table/prod-')
assert log.contains('IAM303 forbidden-access: The policy allows forbidden access (dynamodb:DeleteTable on arn:aws:dynamodb:*:*:table/prod-*)')
// a bucket policy hands s3:GetObject to everyone: the principal is named in the counterexample
def site = iam303.findAll { it.file == 'src/main/resources/cloudformation/site.yaml' }
assert site.size() == 1 : site
assert site[0].statement == 'PublicRead'
assert site[0].severity == 'error'
assert site[0].counterexample.principal == '*'
assert site[0].counterexample.action == 's3:GetObject'
assert log.contains('IAM303 forbidden-access: The policy allows forbidden access (s3:GetObject on *) to principal *:')
// CloudFront bound to its distribution by aws:SourceArn, and a queue policy without forbidden actions: nothing
assert !site.any { it.statement == 'CloudFrontOnly' || it.statement == 'Workers' } : site
return true
