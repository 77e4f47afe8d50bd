def log = new File(basedir, 'build.log').text
// issue 8: an MFA session has an age; explain gives it the semantic check's default, as its findings print it
assert log.contains('[INFO] Request: iam:CreateAccessKey on arn:aws:iam::123456789012:user/bob by user alice, context '
        + '{aws:MultiFactorAuthPresent=true, aws:MultiFactorAuthAge=60, aws:username=alice}')
assert log.contains('[INFO] policy.json: Allow by statement "AllKeys" (Statement[0]) at line 4, column 5')
assert log.contains('[INFO] policy.json: explicit Deny by statement "DenyAllExceptListedIfNoMFA" '
        + '(Statement[1]) at line 10, column 5')
assert log.contains('BUILD SUCCESS')
return true
