def log = new File(basedir, 'build.log').text
assert log.contains('IAM policy check skipped')
assert !log.contains('IAM201')
assert !new File(basedir, 'target/iam-policy/iam-policy.json').exists()
return true
