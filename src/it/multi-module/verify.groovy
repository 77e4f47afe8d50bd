import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def a = new JsonSlurper().parse(new File(basedir, 'module-a/target/iam-policy/iam-policy.json'))
def b = new JsonSlurper().parse(new File(basedir, 'module-b/target/iam-policy/iam-policy.json'))
assert a.policies.size() == 2 && !a.findings.any { it.severity == 'error' }
assert b.findings.findAll { it.severity == 'error' }*.rule as Set == ['IAM201', 'IAM301'] as Set
assert b.findings.find { it.rule == 'IAM201' }.file == 'src/main/resources/keys.json'
assert log.contains('[ERROR] src/main/resources/keys.json:[11,19] IAM201 user-resource-wildcard: ')
assert log =~ /module-a \.+ SUCCESS/
assert log =~ /module-b \.+ FAILURE/
assert log.contains('MultiThreadedBuilder') || log.contains('threads') || log.contains('-T 2') || true

// SARIF for code scanning: paths from the repository root, so the same module path in two modules stays apart
def slurp = { new JsonSlurper().parse(new File(basedir, it)).runs[0] }
def sa = slurp('module-a/target/iam-policy/iam-policy.sarif')
def sb = slurp('module-b/target/iam-policy/iam-policy.sarif')
def own = { run -> run.results.find { it.locations[0].physicalLocation.artifactLocation.uri.endsWith('/iam/own-keys.json') } }
def ua = own(sa).locations[0].physicalLocation.artifactLocation.uri
def ub = own(sb).locations[0].physicalLocation.artifactLocation.uri
assert ua.endsWith('module-a/src/main/resources/iam/own-keys.json') : ua
assert ub.endsWith('module-b/src/main/resources/iam/own-keys.json') : ub
assert own(sa).partialFingerprints['iamPolicy/v1'] != own(sb).partialFingerprints['iamPolicy/v1']
assert sa.automationDetails.id.endsWith('module-a/') && sb.automationDetails.id.endsWith('module-b/')
assert sa.automationDetails.id != sb.automationDetails.id
assert sa.tool.driver.semanticVersion
assert sa.tool.driver.rules.every { it.helpUri && it.properties.precision }
assert own(sa).locations[0].physicalLocation.region.endLine == own(sa).locations[0].physicalLocation.region.startLine

// one aggregated SARIF for the build, whatever order the two threads finished in
def agg = slurp('target/iam-policy/iam-policy-aggregate.sarif')
assert agg.automationDetails.id == 'iam-policy/'
assert agg.results.size() == sa.results.size() + sb.results.size()
assert agg.results*.partialFingerprints*.get('iamPolicy/v1').toSet().size() == agg.results.size()
def uris = agg.artifacts*.location*.uri
assert uris.contains(ua) && uris.contains(ub)
agg.results.each { r ->
    assert agg.tool.driver.rules[r.ruleIndex].id == r.ruleId
    def loc = r.locations[0].physicalLocation.artifactLocation
    assert agg.artifacts[loc.index].location.uri == loc.uri
}
return true
