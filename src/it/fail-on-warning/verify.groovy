def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/resources/password.json:[8,19] IAM007 account-placeholder: Statement '
        + '"ChangeOwnPassword" uses "arn:aws:iam::xxxxxxxxxxxx:user/${aws:username}"')
assert log.contains('IAM policy check failed: 0 errors, 1 warning at or above failOnSeverity=warning')
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/iam-policy/iam-policy.sarif').isFile()
return true
