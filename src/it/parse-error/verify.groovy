import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/resources/broken-policy.json:[8,9] IAM001 parse-error: File looks like an IAM '
        + 'policy but does not parse: ')
// the invoker runs Maven with -e, so Maven prints its own trace of the build failure; nothing else may fail
assert !(log =~ /Caused by: (?!org\.apache\.maven\.plugin\.MojoFailureException)/)
assert !log.contains('NullPointerException')
def report = new JsonSlurper().parse(new File(basedir, 'target/iam-policy/iam-policy.json'))
assert report.policies.isEmpty()
assert report.findings*.rule == ['IAM001']
return true
