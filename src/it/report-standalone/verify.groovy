def file = new File(basedir, 'target/reports/iam-policy.html')
assert file.isFile() : "the goal run on its own writes target/reports/iam-policy.html"
def page = file.getText('UTF-8')

// a whole page laid out by the default skin, not a fragment
assert page.contains('<html')
assert page.contains('</html>')
assert page.contains('<title>')
assert page.contains('IAM Policies')
assert page.contains('css/')

// the content of the site page: summary, findings by rule with links, by file, status, counterexample, policies
assert page.contains('>IAM policy report</h')
assert page.contains('>Summary</h')
assert page.contains('href="https://docs.example.com/iam/rules/IAM201.md"')
assert page.contains('href="https://docs.example.com/iam/rules/IAM301.md"')
assert page.contains('<code>src/main/resources/keys.json</code>')
assert page.contains('suppressed: Reviewed in SEC-7')
assert page.contains('>open<')
assert page.contains('Counterexample:')
assert page.contains('<code>iam:CreateAccessKey</code>')
assert page.contains('<code>src/main/resources/aws-my-sec-creds-self-manage.json</code>')

// the site directory is the site plugin's: the goal on its own leaves it alone
assert !new File(basedir, 'target/site/iam-policy.html').exists()

// errors are on the page, not in the build's result
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
return true
