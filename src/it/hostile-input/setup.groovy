// Hostile files generated here rather than committed: 11 MB, a nesting bomb, raw non-UTF-8 bytes, link loops.
import java.nio.file.Files

def res = new File(basedir, 'src/main/resources')
def policy = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}], "pad": "'

new File(res, 'huge.json').withWriter('UTF-8') { w ->
    w.write(policy)
    def chunk = 'x' * (1024 * 1024)
    11.times { w.write(chunk) }
    w.write('"}')
}
new File(res, 'deep.json').text = '{"Statement": [{"Effect": "Allow", "Action": ' + ('[' * 100000)
def latin1 = new ByteArrayOutputStream()
latin1.write('{"Version": "2012-10-17",\n "Statement": [{"Sid": "Caf'.getBytes('UTF-8'))
latin1.write(0xE9)
latin1.write('", "Effect": "Allow", "Action": "*", "Resource": "*"}]}\n'.getBytes('UTF-8'))
new File(res, 'latin1.json').bytes = latin1.toByteArray()

Files.createSymbolicLink(new File(res, 'loop').toPath(), res.toPath())
Files.createSymbolicLink(new File(res, 'self.json').toPath(), new File(res, 'self.json').toPath())
return true
