import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, 'iam-policy-baseline.json'))
assert baseline.version == 1
assert baseline.findings*.file.toSet() == ['src/main/resources/policies/keys.json',
        'src/main/resources/policies/old.json'].toSet()
assert baseline.findings.every { it.fingerprint ==~ /[0-9a-f]{32}/ && it.rule && it.message }

def log = new File(basedir, 'build.log').text
// run 1 wrote the baseline and passed with every finding baselined
assert log =~ /IAM policy baseline: \d+ findings written to iam-policy-baseline.json/
assert log =~ /IAM policy check: 0 errors, 0 warnings, 0 notes, \d+ baselined in 2 policies/

// run 2 (the report is the last run's): the new finding fails, the old ones are unchanged, old.json is fixed
assert log =~ /\[ERROR\] extra\/new.json:\S+ IAM201/
assert log =~ /Fixed since the baseline: src\/main\/resources\/policies\/old.json IAM\d+/
def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
report.findings.each {
    assert it.baselineState == (it.file == 'extra/new.json' ? 'new' : 'unchanged')
}
def sarif = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.sarif'))
assert sarif.runs[0].results.every { it.baselineState in ['new', 'unchanged'] }
assert sarif.runs[0].results.any { it.baselineState == 'new' }
return true
