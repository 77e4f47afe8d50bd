import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/no-version.json:[1,1] IAM002 policy-version: Policy has no "Version", '
        + 'so AWS evaluates it under 2008-10-17; the policy uses policy variables such as ${aws:username}, which the '
        + 'older language does not substitute, so the resources that use them match nothing. Add "Version": "2012-10-17".')
assert log.contains('BUILD FAILURE')
assert log.contains('IAM policy check failed: 1 error')

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
def f = report.findings.find { it.rule == 'IAM002' }
assert f.severity == 'error' && f.line == 1 && f.column == 1 && f.policyPath == '' && f.name == 'policy-version'
return true
