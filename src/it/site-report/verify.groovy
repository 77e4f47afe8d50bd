def page = { String path ->
    def f = new File(basedir, path)
    assert f.isFile() : "missing " + path
    f.getText('UTF-8')
}

// one page per module, laid out by the site's skin
def b = page('module-b/target/site/iam-policy.html')
// Doxia sections and tables, styled by the skin: no page of its own pasted in
assert b.contains('<h1>IAM policy report</h1>')
assert b.contains('<h2>Findings by rule</h2>')
assert b.contains('<table class="table table-striped">')
assert !b.contains('<style>')
assert b.contains('<code>src/main/resources/keys.json</code>')
assert b.contains('href="https://docs.example.com/iam/rules/IAM201.md">IAM201</a>')
assert b.contains('user-resource-wildcard')
// the semantic finding carries its counterexample
assert b.contains('Counterexample:')
assert b.contains('iam:CreateAccessKey')

// a module without findings lists the policies it has
def a = page('module-a/target/site/iam-policy.html')
assert a.contains('<h2>Policies</h2>')
assert a.contains('No findings.')
assert a.contains('<code>src/main/resources/aws-my-sec-creds-self-manage.json</code>')
assert !a.contains('IAM201.md">IAM201<')

// the aggregate page is on the top project only, with module paths
def all = page('target/site/iam-policy-aggregate.html')
assert all.contains('<code>module-b/src/main/resources/keys.json</code>')
assert all.contains('<code>module-a/src/main/resources/aws-my-sec-creds-self-manage.json</code>')
assert all.contains('IAM201.md')
assert !new File(basedir, 'module-a/target/site/iam-policy-aggregate.html').exists()

// the site's menu lists the report
assert page('target/site/project-reports.html').contains('iam-policy-aggregate.html')
return true
