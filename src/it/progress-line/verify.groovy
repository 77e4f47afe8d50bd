// A long scan says at INFO how far it is, once per progressInterval: files done of all, findings so far.
def log = new File(basedir, 'build.log').text
def progress = log.readLines().findAll { it =~ /^\[INFO\] IAM policy check: \d+ of 100 files, \d+ findings? so far$/ }
assert !progress.isEmpty() : 'no progress line in build.log'
// the counts only grow, and never reach the total (the summary line says when the scan is done)
def done = progress.collect { (it =~ /check: (\d+) of/)[0][1] as int }
assert done == done.sort(false)
assert done.every { it > 0 && it < 100 }
assert log.contains('(100 files scanned')
return true
