import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
if (binding.hasVariable('expectedMavenVersion')) {
    // the minimum-maven execution: the build really ran under the oldest Maven the plugin declares
    assert log.contains('Apache Maven ' + expectedMavenVersion + ' ')
}
assert log.contains('[ERROR] src/main/resources/policies/keys.json:[11,19] IAM201 user-resource-wildcard: Statement '
        + '"ManageKeys" allows iam:CreateAccessKey on arn:aws:iam::123456789012:user/* (every user\'s access keys). '
        + 'Scope it to arn:aws:iam::*:user/${aws:username}.')
assert log.contains('[WARNING] src/main/resources/policies/keys.json:[11,19] IAM207 other-users-credential-reads: ')
assert log.contains('BUILD FAILURE')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def f = report.findings.find { it.rule == 'IAM201' }
assert f.file == 'src/main/resources/policies/keys.json' && f.line == 11 && f.column == 19
assert f.statement == 'ManageKeys' && f.severity == 'error' && f.fingerprint ==~ /[0-9a-f]{32}/

def sarif = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.sarif'))
def result = sarif.runs[0].results.find { it.ruleId == 'IAM201' }
assert result.level == 'error'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'src/main/resources/policies/keys.json'
assert result.locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%'
assert result.locations[0].physicalLocation.region.startLine == 11
assert result.partialFingerprints.values().contains(f.fingerprint)
def rule = sarif.runs[0].tool.driver.rules.find { it.id == 'IAM201' }
assert rule.name == 'user-resource-wildcard' && rule.properties.'security-severity'
return true
