import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text

// the first build checks and saves; the second, after clean and with no change, is served from the cache
def checks = log.findAll(/IAM policy check: .*/)
assert checks.size() == 1 : checks
assert log.contains('Saved Build to local file')
assert log.contains('Found cached build, restoring io.github.iampolicy.it:build-cache from cache')
assert log =~ /Skipping plugin execution \(cached\): iam-policy:check/

// the reports come back with the cached build, as the code scanning upload needs them
def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
assert report.findings.findAll { it.suppressed }*.rule as Set == ['IAM201', 'IAM301'] as Set

// what the cache keyed the check on: the policy and the suppressions file
def buildInfo = []
new File(basedir, 'build-cache').eachFileRecurse { if (it.name == 'buildinfo.xml') buildInfo << it }
assert buildInfo.size() == 1 : buildInfo
def items = new XmlSlurper().parse(buildInfo[0]).projectsInputInfo.items.item
def files = items.findAll { it.@type == 'file' }.collect { it.text().replace('\\', '/') }
assert files.any { it.endsWith('src/main/resources/keys.json') } : files
assert files.any { it.endsWith('config/iam-suppressions.json') } : files
return true
