import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/iam-policy')

// every format asked for is written, and the summary names them
['iam-policy.sarif', 'iam-policy.json', 'TEST-iam-policy.xml', 'iam-policy-github.txt'].each {
    assert new File(out, it).isFile() : it
    assert log.contains('target/iam-policy/' + it) : it
}

// GitHub workflow commands start a line of the output, unprefixed, with the path from the repository root
def annotation = '::error file=pipeline-formats/src/main/resources/keys.json,line=11,col=19,title=IAM201 user-resource-wildcard::'
assert log.readLines().any { it.startsWith(annotation) } : 'annotation line in the build output'
assert new File(out, 'iam-policy-github.txt').readLines().any { it.startsWith(annotation) }

// JUnit XML: well formed, one failure per finding, classname from the repository root
def doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(out, 'TEST-iam-policy.xml'))
def suite = doc.documentElement
def json = new JsonSlurper().parse(new File(out, 'iam-policy.json'))
assert suite.tagName == 'testsuite'
assert suite.getAttribute('failures').toInteger() == json.findings.size()
def failures = suite.getElementsByTagName('failure')
assert failures.length == json.findings.size()
(0..<failures.length).each {
    assert failures.item(it).parentNode.getAttribute('classname') == 'pipeline-formats/src/main/resources/keys.json'
}

// SARIF: the configured IAM207=error moves the rule's level and security-severity
def run = new JsonSlurper().parse(new File(out, 'iam-policy.sarif')).runs[0]
def r207 = run.tool.driver.rules.find { it.id == 'IAM207' }
assert r207.defaultConfiguration.level == 'error'
assert new BigDecimal(r207.properties['security-severity']) >= 7.0
assert run.results.every { it.locations[0].physicalLocation.artifactLocation.uri.startsWith('pipeline-formats/') }
assert run.automationDetails.id == 'iam-policy/pipeline-formats/'
// one project in the build: no aggregate
assert !new File(out, 'iam-policy-aggregate.sarif').exists()
return true
