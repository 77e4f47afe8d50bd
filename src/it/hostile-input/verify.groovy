import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def r = 'src/main/resources/'
// every hostile file is reported at its position, and none hides the real finding in x.json/keys.json
assert log.contains("[ERROR] ${r}huge.json:[1,1] IAM001 parse-error: File looks like an IAM policy but exceeds a scan limit: the file has ")
assert log.contains('(maxFileSize). It was not checked; raise the limit if the file is trusted.')
assert log =~ /\[ERROR\] src\/main\/resources\/deep\.json:\[1,\d+\] IAM001 parse-error: File looks like an IAM policy but exceeds a scan limit: nesting deeper than the limit of 200 \(maxNestingDepth\)/
assert log.contains("[ERROR] ${r}laughs.yaml:[17,")
assert log.contains('more than the limit of 100 YAML aliases (maxYamlAliases)')
assert log.contains("[ERROR] ${r}latin1.json:[2,28] IAM001 parse-error: File looks like an IAM policy but does not parse: invalid UTF-8 byte 0xE9")
assert log =~ /\[ERROR\] src\/main\/resources\/x\.json\/keys\.json:\[\d+,\d+\] IAM201 user-resource-wildcard: /
assert log.contains("[ERROR] ${r}padded-sid.json:[1,1] IAM001 parse-error: File looks like an IAM policy but exceeds a scan limit: the file has ")
assert log =~ /\[ERROR\] src\/main\/resources\/big-plan\.json:\[1,\d+\] IAM201 user-resource-wildcard: /
assert !log.contains("${r}big-plan.json:[1,1] IAM001")
assert log.contains('BUILD FAILURE')
// no stack trace from the plugin: Maven's own trace of the MojoFailureException (-e) is the only one allowed
assert !(log =~ /Caused by: (?!org\.apache\.maven\.plugin\.Mojo(Failure|Execution)Exception)/)
['NullPointerException', 'StackOverflowError', 'OutOfMemoryError', 'IllegalStateException', 'Internal error']
        .each { assert !log.contains(it): it }

def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
// huge, padded-sid, big-plan, deep, laughs, latin1, x.json/keys.json, ok/self-manage.json; the link loop and
// self-link are no files
assert report.filesScanned == 8
def files = report.findings.findAll { it.rule == 'IAM001' }*.file as Set
assert files == ["${r}huge.json", "${r}padded-sid.json", "${r}deep.json", "${r}laughs.yaml", "${r}latin1.json"].collect { it.toString() } as Set
assert report.findings.findAll { it.file == "${r}ok/self-manage.json".toString() && it.severity == 'error' }.isEmpty()
return true
