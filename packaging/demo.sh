#!/usr/bin/env bash
# The demo: a fresh demo case database under demo/ and the main job on it, then a simulated quarter. It runs the
# pipeline with lpdesk-cli and prints each step; with a display it then opens the lpdesk GUI on the quarter's
# dashboard and, once that window is closed, on the demo database.
set -euo pipefail
build_dir="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$build_dir/bin/lpdesk-cli"
demo="${LPDESK_DEMO_DIR:-$root/demo}"
step() { printf '\n\033[1m--- %s\033[0m\n' "$*"; }

rm -rf "$demo"
mkdir -p "$demo"
export LPDESK_DB="$demo/cases.lpdb"
export LPDESK_USER=admin
export LPDESK_PASSPHRASE="demo admin passphrase"
export LPDESK_KDF_MS="${LPDESK_KDF_MS:-200}"

step "Create the encrypted case database (admin: admin / '$LPDESK_PASSPHRASE')"
"$cli" init --admin admin --org "Demo Retail Group" --workstation "LP desk 1"
LPDESK_NEW_PASSPHRASE="demo investigator passphrase" "$cli" user add ivy --role investigator
LPDESK_NEW_PASSPHRASE="demo legal passphrase" "$cli" user add lena --role legal
# The passphrase policy (NIST SP 800-63B: length, a common-password list, not the user's own name) is core's.
LPDESK_NEW_PASSPHRASE="password1" "$cli" user add bob --role investigator 2>&1 || echo "(refused as it should be: exit $?)"
"$cli" user list

step "Workstation keys (stores encrypt footage to the recipient key)"
"$cli" key export-recipient "$demo/recipient.txt"
"$cli" key export-ca "$demo/org-ca.pem"
cat "$demo/recipient.txt"

step "Simulate three stores' drops (clips encrypted to this workstation) and register them"
"$cli" store-sim --out "$demo/drops" --recipient "$demo/recipient.txt" --stores 3 --incidents 8 --clip-seconds 8 --seed 7
for store in "$demo"/drops/*; do
    "$cli" store add "$(basename "$store")" --path "$store"
done

step "Pull as investigator ivy: every chunk decrypted, every hash verified, nothing decrypted to disk; POS journals imported"
export LPDESK_USER=ivy LPDESK_PASSPHRASE="demo investigator passphrase"
"$cli" pull
"$cli" incidents list --limit 8
first=$("$cli" --json incidents list --limit 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
"$cli" incidents show "$first"
"$cli" search hooded --limit 3 || true

step "Open a case for the robbery, trim the seconds that matter (frame-accurate), export a still"
robbery=$("$cli" --json incidents list --type robbery --limit 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
case=$("$cli" case new --title "Robbery at register 2, Lakeview #017" --incident "$robbery")
"$cli" case show "$case"
clip=$("$cli" --json media list "$case" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
"$cli" trim "$clip" --from 1.5 --to 6.2 --mode smart
"$cli" frame "$clip" --at 4.0 --out "$demo/still.png"
"$cli" media list "$case"
# The same true moment in every clip of the case (what the GUI's Side by side view locks to).
moment=$("$cli" --json media list "$case" | python3 -c 'import json,sys,datetime; m=json.load(sys.stdin)[0]; print((datetime.datetime.fromisoformat(m["recorded_start"].replace("Z","+00:00"))+datetime.timedelta(seconds=4)).isoformat(timespec="milliseconds"))')
"$cli" media at "$case" "$moment"
"$cli" custody show "$case"
"$cli" custody verify "$case"

step "A DVR export handed over on a USB stick (not a store drop): unpacked under the hostile-archive rules, each file kept bit for bit as a native master, an MP4 working copy for the .ts"
dvr="$demo/dvr-export"
mkdir -p "$dvr/Player"
ffmpeg -v error -y -f lavfi -i testsrc2=size=640x360:rate=25 -t 6 -c:v libx264 -pix_fmt yuv420p -g 25 \
    -f mpegts "$dvr/CH02_20261204_141500.ts"
printf 'XVR export, channel 2. Play .dav/.ts files with Player/SmartPlayer.exe.\r\n' > "$dvr/README.txt"
head -c 20000 /dev/urandom > "$dvr/Player/SmartPlayer.exe"
# Channel 1 as the recorder writes it: Dahua DHAV frames (.dav), read by FFmpeg's dhav demuxer.
ffmpeg -v error -y -f lavfi -i testsrc2=size=640x360:rate=25 -t 4 -c:v libx264 -pix_fmt yuv420p -g 25 -bf 0 \
    -f h264 "$demo/ch01.h264"
python3 "$root/tests/helpers/make_dav.py" "$demo/ch01.h264" "$dvr/CH01_20261204_141500.dav" --fps 25 --width 640 \
    --height 360 --start "2026-12-04 14:15:00" --file-header
(cd "$dvr" && rm -f "$demo/dvr-export.zip" && zip -q -r "$demo/dvr-export.zip" .)
sha256sum "$demo/dvr-export.zip" "$dvr/CH02_20261204_141500.ts"
# The DVR's clock showed the robbery clip's start; it runs 3 s fast.
start=$("$cli" --json media list "$case" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["recorded_start"])')
"$cli" media import "$demo/dvr-export.zip" --case "$case" --source "DVR export on USB stick from the Lakeview store manager" \
    --camera CH02 --start "$start" --offset 3
# Most CCTV recorders write H.265: a raw HEVC stream with B-frames, its frame rate read from the stream's own timing,
# kept bit for bit with an MP4 working copy whose frames equal the source's (ffmpeg framemd5).
ffmpeg -v error -y -f lavfi -i testsrc2=size=640x360:rate=25 -t 3 -c:v libx265 -x265-params log-level=error \
    -pix_fmt yuv420p -f hevc "$demo/CH03_20261204_141500.h265"
"$cli" media import "$demo/CH03_20261204_141500.h265" --case "$case" --source "HEVC channel 3 from the same DVR" \
    --camera CH03 --start "$start" --offset 3
"$cli" media list "$case"
"$cli" custody verify "$case"

step "Redact a bystander in the robbery clip (a pixelated box that moves, an audio mute); render an H.264 derivative"
cat > "$demo/plan.json" <<'PLAN'
{"version":1,"regions":[{"id":"bystander","style":"pixelate","reason":"bystander",
  "keyframes":[{"t":0,"x":0.05,"y":0.1,"w":0.25,"h":0.4},{"t":7,"x":0.6,"y":0.1,"w":0.25,"h":0.4}]}],
 "audio_mutes":[{"from":1.0,"to":2.5,"reason":"bystander name spoken"}]}
PLAN
"$cli" redact "$clip" --plan "$demo/plan.json" --case "$case"

step "Assisted redaction: faces found and tracked in real footage (OpenCV's pedestrian video with a photographed face moving through it), rendered after review"
if [[ -f /usr/share/doc/opencv-doc/examples/data/vtest.avi && -f /usr/lib/python3/dist-packages/skimage/data/astronaut.png ]]; then
    ffmpeg -loglevel error -y -i /usr/share/doc/opencv-doc/examples/data/vtest.avi -loop 1 \
        -i /usr/lib/python3/dist-packages/skimage/data/astronaut.png -filter_complex \
        "[0:v]scale=960:540,fps=15,trim=duration=4,setpts=PTS-STARTPTS[bg];[1:v]crop=170:180:140:40,scale=90:95[f];[bg][f]overlay=x='80+120*t':y='150+10*t':shortest=1" \
        -c:v libx264 -preset veryfast -pix_fmt yuv420p -t 4 "$demo/walkway.mp4"
    face_clip=$("$cli" media import "$demo/walkway.mp4" --case "$case" --source "Walkway camera export (demo: vtest.avi + astronaut.png)" --start 2026-03-14T10:02:00-05:00)
    "$cli" redact suggest "$face_clip" --case "$case" --detect faces --out "$demo/suggested.json"
    "$cli" redact "$face_clip" --plan "$demo/suggested.json" --case "$case"
    "$cli" redact track "$face_clip" --case "$case" --box 1.0,200,170,70,80 --out "$demo/tracked.json"
fi

step "A script of commands through one unlock: lpdesk-cli shell, one JSON result per line"
printf '# morning check\nwhoami\ncase list\nmedia list %s\n' "$case" | "$cli" --json shell | cut -c1-150

step "Refund fraud at Lakeview register 2: link the POS journal (register +2 s, camera +73 s, both corrected)"
fraud=$("$cli" --json incidents list --type return_fraud --store chicago-lakeview-017 --limit 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
fcase=$("$cli" case new --title "Refund without receipt, Lakeview #017 register 2" --incident "$fraud")
"$cli" pos link "$fcase"
"$cli" pos list "$fcase"
# Everything near the incident, linked or not: what an investigator would link by hand.
"$cli" pos nearby "$fcase" --window 300 | sed -n 1,5p

step "Journals from real systems: NCR ACS, Futura POSLog 6.0, Xstore-like POSLog and a German CSV (local times, decimal commas)"
# A journal naming a store LP Desk does not know is refused whole (exit 2) until the investigator says whose it is.
"$cli" pos import "$root/tests/data/pos/ncr-acs-poslog.xml" --timezone America/Chicago 2>&1 \
    || echo "(refused as it should be: exit $?)"
"$cli" pos import "$root/tests/data/pos/ncr-acs-poslog.xml" --store 2301 --timezone America/Chicago
"$cli" pos import "$root/tests/data/pos/futura-poslog6.xml" --store FIL-0417 --timezone Europe/Berlin
"$cli" pos import "$root/tests/data/pos/xstore-poslog.xml" --store 417
"$cli" pos import "$root/tests/data/pos/kasse-export.csv" --store B-012 --mapping "$root/tests/data/pos/kasse-mapping.json" \
    --timezone Europe/Berlin --decimal ,
# US and UK tills write dates with slashes: the journal's own dates decide month first or day first (never a guess;
# a journal whose dates could be either is refused until --date-order says which).
"$cli" pos import "$root/tests/data/pos/counterpoint-tickets.csv" --store 0412 \
    --mapping "$root/tests/data/pos/counterpoint-mapping.json" --timezone America/Chicago
"$cli" pos import "$root/tests/data/pos/uk-epos-export.csv" --store LDN-07 \
    --mapping "$root/tests/data/pos/uk-epos-mapping.json" --timezone Europe/London
# Kuwaiti dinars have three decimals (fils): amounts are kept exactly in the currency's own minor unit.
"$cli" pos import "$root/tests/data/pos/ncr-acs-kwd-poslog.xml" --store KW-0031 --timezone Asia/Kuwait
# A journal that is mostly broken is a failed import (exit 1) that keeps nothing.
sed 's#<WorkstationID>[^<]*</WorkstationID>##' "$root/tests/data/pos/xstore-poslog.xml" > "$demo/broken-journal.xml"
"$cli" pos import "$demo/broken-journal.xml" 2>&1 || echo "(refused as it should be: exit $?)"

step "A signed staff statement and a correction (a new version; the first stays, both in custody)"
printf '%s\n' "I was on register 2. The customer brought a jacket back without a receipt and asked for cash." > "$demo/statement.txt"
sid=$("$cli" statement add "$fcase" --author "Dana Whitfield" --role staff --contact "+1 312 555 0100" --text-file "$demo/statement.txt" --sign)
printf '%s\n' "I was on register 2. The customer brought a jacket back without a receipt and asked for cash; he left by the north door." > "$demo/statement2.txt"
"$cli" statement correct "$sid" --text-file "$demo/statement2.txt" --sign
"$cli" statement list "$fcase"
"$cli" search jacket
"$cli" custody verify "$fcase"

step "Release for the police: ivy asks, lena (legal) approves with contacts withheld, the sealed package is written and verified"
rel=$("$cli" release request "$fcase" --all --purpose usb --recipient "Officer J. Ruiz, Chicago PD" --note "Refund fraud report for CPD")
LPDESK_USER=ivy "$cli" release approve "$rel" --note "mine to approve?" 2>&1 || echo "(refused: the requester never approves, and investigators never do)"
# Legal's home page: what waits for a decision, oldest first.
LPDESK_USER=lena LPDESK_PASSPHRASE="demo legal passphrase" "$cli" my-work
LPDESK_USER=lena LPDESK_PASSPHRASE="demo legal passphrase" "$cli" release approve "$rel" --note "Contacts withheld; OK for CPD"
# ivy's home page now carries the decision as a notification.
"$cli" my-work --mark-seen
"$cli" release show "$rel"
"$cli" export "$rel" --out "$demo/package.zip"
unzip -l "$demo/package.zip"
"$cli" verify "$demo/package.zip" --ca "$demo/org-ca.pem"
(mkdir -p "$demo/package" && cd "$demo/package" && unzip -q ../package.zip && sha256sum -c --quiet SHA256SUMS && echo "sha256sum -c: all files OK" \
    && openssl cms -verify -binary -inform DER -in manifest.json.p7s -content manifest.json -CAfile "$demo/org-ca.pem" -purpose any -out /dev/null)

step "Check the package with other people's tools: CASE 1.4 SHACL shapes, the incident's JSON Schema, PDF/A report"
if [[ -d "$root/tests/node/node_modules/shacl-engine" ]]; then
    node "$root/tests/node/check_case.mjs" "$root/tests/data/standards/case-1.4/case-1.4.0.ttl" \
        "$root/tests/data/standards/case-1.4/case-1.4.0-subclasses.ttl" "$demo/package/provenance.jsonld" | tail -1
else
    echo "(tests/node/node_modules missing: './packaging/dev.sh demo' installs the SHACL checker)"
fi
/usr/bin/python3 "$root/tests/integration/check_json_schema.py" "$root/docs/schemas/incident-v1.schema.json" \
    "$demo/package/incident/nibrs.json"
qpdf --check "$demo/package/report.pdf" | tail -1
pdffonts "$demo/package/report.pdf"

step "Submit to a police API: a local demo agency (TLS, signed requests, tus uploads) on 127.0.0.1"
agency="$demo/agency"
mkdir -p "$agency"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$agency/ca.key" -out "$agency/ca.pem" \
    -subj "/CN=Demo Police CA" -days 2 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$agency/server.key" -out "$agency/server.csr" \
    -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > "$agency/ext.cnf"
openssl x509 -req -in "$agency/server.csr" -CA "$agency/ca.pem" -CAkey "$agency/ca.key" -set_serial 2 -days 2 \
    -extfile "$agency/ext.cnf" -out "$agency/server.pem" 2>/dev/null
"$cli" --json key show | python3 -c 'import json,sys; print(json.load(sys.stdin)["signing_certificate"], end="")' > "$agency/signer.pem"
echo "demo-agency-key" > "$agency/api-key.txt"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
/usr/bin/python3 "$root/tests/integration/agency_server.py" "$port" "$agency" > "$agency/server.out" &
agency_pid=$!
trap 'kill $agency_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q ready "$agency/server.out" 2>/dev/null && break; sleep 0.1; done
LPDESK_USER=admin LPDESK_PASSPHRASE="demo admin passphrase" "$cli" agency add demo-pd --url "https://127.0.0.1:$port/api" \
    --name "Demo Police Department" --ca "$agency/ca.pem" --auth apikey --api-key-file "$agency/api-key.txt" --ori IL0160000
"$cli" agency test demo-pd
sub=$("$cli" release request "$fcase" --all --purpose agency:demo-pd --note "Online report to the demo police")
LPDESK_USER=lena LPDESK_PASSPHRASE="demo legal passphrase" "$cli" release approve "$sub" --note "OK to submit"
"$cli" submit "$sub" --agency demo-pd
"$cli" outbox list
kill $agency_pid 2>/dev/null || true

step "Police request, follow-up and the program KPIs"
inv=(env LPDESK_USER=ivy LPDESK_PASSPHRASE="demo investigator passphrase")
le=$("${inv[@]}" "$cli" le-request add --kind subpoena --agency "Chicago PD" --officer "Det. J. Ruiz" \
    --reference SP-2026-114 --due "$(date -u -d '+14 days' +%F)" --basis "Subpoena duces tecum" \
    --asks "Footage and POS journal of the refund at register 2")
"${inv[@]}" "$cli" le-request link "$le" "$fcase"
"${inv[@]}" "$cli" le-request list
"${inv[@]}" "$cli" followup add "$fcase" --kind contact --at "$(date -u +%FT%TZ)" --agency-case JB-20417 --note "Detective called"
"${inv[@]}" "$cli" kpi --by store
"${inv[@]}" "$cli" case hold "$case" --reason "Civil claim expected"
LPDESK_USER=admin LPDESK_PASSPHRASE="demo admin passphrase" "$cli" retention set shoplifting 365
LPDESK_USER=admin LPDESK_PASSPHRASE="demo admin passphrase" "$cli" retention show
LPDESK_USER=admin LPDESK_PASSPHRASE="demo admin passphrase" "$cli" retention purge --dry-run

step "A simulated quarter: 90 days at three stores, the desk's work replayed at its own times (libfaketime); kpi must equal the simulator's own figures"
python3 "$root/tests/integration/check_kpi_history.py" "$cli" "$demo/quarter"
quarter_db="$demo/quarter/cases.lpdb" quarter_pass=Ivy-Kpi-History-Pass-2
quarter=(env LPDESK_DB="$quarter_db" LPDESK_USER=ivy LPDESK_PASSPHRASE="$quarter_pass")

step "The program view over the quarter: the KPIs by store and by month (the figures of the dashboard)"
"${quarter[@]}" "$cli" kpi --by store
"${quarter[@]}" "$cli" kpi --by month
echo "The quarter's database: $quarter_db (user ivy, passphrase $quarter_pass)"

step "Integrity, custody and audit chains"
export LPDESK_USER=admin LPDESK_PASSPHRASE="demo admin passphrase"
"$cli" db check | tail -3
"$cli" audit show --limit 5
# The audit log in words, as a PDF (filters as in the GUI's audit window), with the chain's head on page 1.
"$cli" audit export "$demo/audit.pdf" --actor lena && pdftotext -l 1 "$demo/audit.pdf" - | sed -n 1,12p

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && "${LPDESK_DEMO_HEADLESS:-0}" != 1 ]]; then
    # First the program view over the quarter (the dashboard opens by itself), then the day of the steps above.
    step "Opening the GUI on the quarter's dashboard: user ivy, passphrase: $quarter_pass"
    echo "The dashboard shows the whole quarter; change the dates, the store or the grouping at its top."
    echo "When you close that window, LP Desk opens again on the one-day database of the steps above"
    echo "(user admin, passphrase: $LPDESK_PASSPHRASE; or ivy: demo investigator passphrase)."
    echo "To switch yourself: File > Open database… (Ctrl+O) and choose $LPDESK_DB"
    "$build_dir/bin/lpdesk" --db "$quarter_db" --page dashboard || true
    step "Opening the GUI on the one-day database (user admin, passphrase: $LPDESK_PASSPHRASE)"
    exec "$build_dir/bin/lpdesk" --db "$LPDESK_DB"
fi
step "Headless demo finished. Database: $LPDESK_DB"
