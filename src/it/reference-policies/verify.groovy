import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))

assert report.filesScanned == 8
assert report.policies.size() == 8
assert report.catalogDate == '2026-05-10'
assert !report.findings.any { it.severity == 'error' } : report.findings.findAll { it.severity == 'error' }
assert !log.contains('[ERROR] src/')

def seed = report.findings.findAll { it.file == 'src/main/resources/policies/seed-self-manage.json' }
def sms = seed.findAll { it.rule == 'IAM005' && it.severity == 'warning' }*.message
assert sms.size() == 2
assert sms.any { it.contains('iam:RequestSmsMfaRegistration') }
assert sms.any { it.contains('iam:FinalizeSmsMfaRegistration') }
assert seed.any { it.rule == 'IAM006' && it.severity == 'warning' && it.message.contains('iam:ListVirtualMFADevices') }
assert seed.any { it.rule == 'IAM007' && it.severity == 'warning' && it.message.contains('xxxxxxxxxxxx') }
assert log.contains('[WARNING] src/main/resources/policies/seed-self-manage.json:[60,1] IAM005 unknown-action: '
        + 'Statement "AllowIndividualUserToManageTheirOwnMFA" Action "iam:RequestSmsMfaRegistration" is not an action '
        + 'of the service "iam" (action catalog of 2026-05-10), so it grants nothing. Remove it.')
assert new File(basedir, 'target/iam-policy/iam-policy.sarif').isFile()
assert log.contains('IAM policy check: 0 errors, 6 warnings, 9 notes in 8 policies (8 files scanned, catalog 2026-05-10)')
return true
