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

// a 30 MB policy whose Sid pads Effect and Action past the 64 KB the oversize check reads: still an error
new File(res, 'padded-sid.json').withWriter('UTF-8') { w ->
    w.write('{"Version": "2012-10-17", "Statement": [{"Sid": "')
    def chunk = 'p' * (1024 * 1024)
    30.times { w.write(chunk) }
    w.write('", "Effect": "Allow", "Action": "*", "Resource": "*"}]}')
}
// a 12 MB Terraform plan, over maxFileSize but within maxPlanFileSize: read streaming and checked
new File(res, 'big-plan.json').withWriter('UTF-8') { w ->
    w.write('{"format_version": "1.2", "resource_changes": [{"address": "aws_iam_user_policy.keys", "mode": "managed",')
    w.write(' "type": "aws_iam_user_policy", "change": {"after": {"policy": "{\\"Version\\": \\"2012-10-17\\",')
    w.write(' \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"iam:CreateAccessKey\\",')
    w.write(' \\"Resource\\": \\"*\\"}]}"}}}], "prior_state": {"pad": "')
    def chunk = 'q' * (1024 * 1024)
    12.times { w.write(chunk) }
    w.write('"}}')
}
Files.createSymbolicLink(new File(res, 'loop').toPath(), res.toPath())
Files.createSymbolicLink(new File(res, 'self.json').toPath(), new File(res, 'self.json').toPath())
return true
