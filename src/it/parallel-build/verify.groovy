import groovy.json.JsonSlurper

def slurper = new JsonSlurper()
def total = 0
(1..6).each { i ->
    def t1 = slurper.parse(new File(basedir, "m${i}/target/iam-t1/iam-policy.json"))
    def t4 = slurper.parse(new File(basedir, "m${i}/target/iam-t4/iam-policy.json"))
    assert t1.filesScanned > 0
    assert t1.filesScanned == t4.filesScanned
    assert t1.policies == t4.policies
    assert t1.findings == t4.findings: "module m${i}: -T 4 differs from -T 1"
    def s1 = new File(basedir, "m${i}/target/iam-t1/iam-policy.sarif").text
    def s4 = new File(basedir, "m${i}/target/iam-t4/iam-policy.sarif").text
    assert slurper.parseText(s1).runs[0].results == slurper.parseText(s4).runs[0].results
    total += t1.findings.size()
}
assert total > 0
def log = new File(basedir, 'build.log').text
assert log.contains('thread count of 4')
assert !log.contains('Caused by:')
assert !log.contains('Exception')
return true
