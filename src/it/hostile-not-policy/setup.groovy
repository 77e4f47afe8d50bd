// Files that are no policies but still over the limits: the build must pass with notes.
def res = new File(basedir, 'src/main/resources')
new File(res, 'data.json').withWriter('UTF-8') { w ->
    w.write('{"rows": "')
    def chunk = 'x' * (1024 * 1024)
    11.times { w.write(chunk) }
    w.write('"}')
}
new File(res, 'deep.json').text = '{"config": ' + ('[' * 100000)
def anchors = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n")
(1..12).each { i -> anchors.append("a${i}: &a${i} [" + (["*a${i - 1}"] * 9).join(', ') + "]\n") }
new File(res, 'anchors.yaml').text = anchors.toString()
return true
