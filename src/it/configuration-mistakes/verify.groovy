def log = new File(basedir, 'build.log').text

assert log =~ /\[WARNING\] additionalDirectories entry 'infar' does not exist \(.*infar\): nothing is scanned there/
assert log.contains("[WARNING] includes [**/*.policy.json] match no file, but 1 file(s) that look like policies")
assert log.contains('iam/own-keys.json')
assert log.contains("[WARNING] allowedActions entry 'iam:GetAcountName' is not in the action catalog of ")
assert log.contains('service iam has no such action')

// goal rules: id, default severity, name of every rule
assert log =~ /\[INFO\] ID\s+DEFAULT\s+NAME\s+FLAGS/
assert log =~ /\[INFO\] IAM201\s+error\s+user-resource-wildcard\s+\S/
assert log =~ /\[INFO\] IAM205\s+note\s+mfa-not-enforced\s+\S/
assert log =~ /\[INFO\] \d+ rules; pages: https:/
assert log.contains('BUILD SUCCESS')
return true
