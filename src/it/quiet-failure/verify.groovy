def lines = new File(basedir, 'build.log').readLines()

// under -q each failing finding is printed once: in the failure message, which then lists them all
def shown = { String what -> lines.findAll { it ==~ /\[ERROR\]\s+src\/main\/resources\/keys\.json:\[\d+,\d+\] ${what} .*/ } }
assert shown('IAM201').size() == 1 : shown('IAM201')
assert shown('IAM301').size() == 1 : shown('IAM301')
assert lines.any { it.contains('IAM policy check failed: 2 errors at or above failOnSeverity=error') }
// nothing below error, and no summary or progress line at info
assert !lines.any { it.startsWith('[INFO]') || it.startsWith('[WARNING]') }
return true
