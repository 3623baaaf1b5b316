#!/usr/bin/env bash
# Synthesises every sound the game uses with sox, into assets/audio/.
#   npm run sounds        (or: bash src/tools/make-sounds.sh)
# Idempotent: sox runs with -R (fixed random seed), so the noise, and therefore every output file,
# is the same on every run. Files are built in a temp dir and moved into place at the end.
#
# Formats: every sound as <name>.ogg (Vorbis, quality 2, mono 44.1 kHz). The very short cues
# (click, mood-up, mood-down) also as a small <name>.wav fallback; the others also as a low-bitrate
# <name>.mp3 when this sox can write MP3.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/assets/audio"
RATE=22050

command -v sox >/dev/null || { echo "make-sounds: sox is not installed (apt-get install sox libsox-fmt-all)" >&2; exit 1; }

HAS_MP3=0
if sox -h 2>/dev/null | grep -E '^AUDIO FILE FORMATS:' | grep -qw mp3; then HAS_MP3=1; fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"

# sox with a fixed seed, no progress meter, quiet warnings.
sx() { sox -R -V2 "$@"; }

# tone FILE FREQ LENGTH [FADE-OUT] : one sine partial with an 8 ms attack and a log (bell-like) decay.
tone() {
  local f="$1" hz="$2" len="$3" fo="${4:-$3}"
  sx -n -r "$RATE" -c 1 -b 16 "$f" synth "$len" sine "$hz" fade l 0.008 "$len" "$fo"
}

# bell FILE FREQ LENGTH : fundamental + soft 2nd and 3rd harmonics (the 3rd dies faster).
bell() {
  local f="$1" hz="$2" len="$3" n="$TMP/bell.$$"
  tone "$n.1.wav" "$hz" "$len"
  tone "$n.2.wav" "$(awk "BEGIN{print $hz*2}")" "$len"
  tone "$n.3.wav" "$(awk "BEGIN{print $hz*3}")" "$(awk "BEGIN{print $len*0.5}")"
  sx -m -v 1 "$n.1.wav" -v 0.3 "$n.2.wav" -v 0.12 "$n.3.wav" "$f"
  rm -f "$n".*.wav
}

# level FILE PEAK_DB : normalises the peak to PEAK_DB dBFS (in place).
level() {
  sx "$1" "$1.tmp.wav" gain -n "$2"
  mv "$1.tmp.wav" "$1"
}

# rms_db FILE : prints the RMS level in dBFS.
rms_db() { sox "$1" -n stats 2>&1 | awk '/^RMS lev dB/ {print $4}'; }

# ---------------------------------------------------------------------------------------------
# ambience: bank-lobby room tone, 6 s seamless loop, around -30 dBFS RMS.
# Brown noise under a low-pass (air handling), plus speech-band pink noise with slow, uneven
# tremolo (far-off voices). 7 s are made; the last second is cross-faded over the first so the
# end runs straight into the start.
sx -n -r "$RATE" -c 1 -b 16 "$TMP/amb-rumble.wav" synth 7 brownnoise lowpass 320 lowpass 320 highpass 35
sx -n -r "$RATE" -c 1 -b 16 "$TMP/amb-voices-a.wav" synth 7 pinknoise bandpass 480 300h tremolo 3.1 55 tremolo 0.43 40
sx -n -r "$RATE" -c 1 -b 16 "$TMP/amb-voices-b.wav" synth 7 pinknoise bandpass 760 420h tremolo 4.7 60 tremolo 0.29 50
sx -m -v 1 "$TMP/amb-rumble.wav" -v 0.22 "$TMP/amb-voices-a.wav" -v 0.14 "$TMP/amb-voices-b.wav" "$TMP/amb-raw.wav" lowpass 1800
sx "$TMP/amb-raw.wav" "$TMP/amb-body.wav" trim 0 6
sx "$TMP/amb-raw.wav" "$TMP/amb-tail.wav" trim 6 1 fade t 0 1 1 pad 0 5
sx "$TMP/amb-body.wav" "$TMP/amb-head.wav" fade t 1
sx -m -v 1 "$TMP/amb-tail.wav" -v 1 "$TMP/amb-head.wav" "$TMP/ambience.wav" trim 0 6
level "$TMP/ambience.wav" -12
rms="$(rms_db "$TMP/ambience.wav")"
sx "$TMP/ambience.wav" "$TMP/amb-final.wav" gain "$(awk "BEGIN{print -30 - ($rms)}")"
mv "$TMP/amb-final.wav" "$TMP/ambience.wav"

# chime: the queue-call "ding-dong", E5 then C5, 1.2 s.
bell "$TMP/ding.wav" 659.25 1.2
bell "$TMP/dong.wav" 523.25 0.8
sx "$TMP/dong.wav" "$TMP/dong-late.wav" pad 0.4
sx -m -v 1 "$TMP/ding.wav" -v 1 "$TMP/dong-late.wav" "$TMP/chime-dry.wav" trim 0 1.2
sx "$TMP/chime-dry.wav" "$TMP/chime.wav" reverb 25 50 60 fade t 0 1.2 0.15 trim 0 1.2
level "$TMP/chime.wav" -3

# click: a soft UI tick, 40 ms. A damped 1.5 kHz blip plus a breath of filtered noise.
tone "$TMP/click-tone.wav" 1500 0.04 0.032
sx -n -r "$RATE" -c 1 -b 16 "$TMP/click-noise.wav" synth 0.012 whitenoise highpass 1500 lowpass 6000 fade l 0 0.012 0.011 pad 0 0.028
sx -m -v 1 "$TMP/click-tone.wav" -v 0.35 "$TMP/click-noise.wav" "$TMP/click.wav" lowpass 5000
level "$TMP/click.wav" -8

# murmur: a crowd murmur that swells and dies away, 2 s. Three speech-band layers with their own
# syllable rates, shaped by a slow half-sine swell.
sx -n -r "$RATE" -c 1 -b 16 "$TMP/mur-a.wav" synth 2 pinknoise bandpass 420 250h tremolo 4.3 70
sx -n -r "$RATE" -c 1 -b 16 "$TMP/mur-b.wav" synth 2 pinknoise bandpass 650 350h tremolo 5.9 65
sx -n -r "$RATE" -c 1 -b 16 "$TMP/mur-c.wav" synth 2 pinknoise bandpass 950 500h tremolo 3.3 60
sx -m -v 1 "$TMP/mur-a.wav" -v 0.8 "$TMP/mur-b.wav" -v 0.5 "$TMP/mur-c.wav" "$TMP/murmur.wav" \
  lowpass 2200 reverb 30 50 70 fade h 0.8 2 1.0 trim 0 2
level "$TMP/murmur.wav" -6

# tension: a low, soft double pulse around D3, 1 s. Rounded by a low-pass, no sharp edges.
tone "$TMP/ten-1.wav" 146.83 1 1
tone "$TMP/ten-2.wav" 293.66 1 1
tone "$TMP/ten-3.wav" 155.56 1 1
sx -m -v 1 "$TMP/ten-1.wav" -v 0.25 "$TMP/ten-2.wav" -v 0.35 "$TMP/ten-3.wav" "$TMP/tension.wav" \
  tremolo 2 80 lowpass 900 fade h 0.08 1 0.3
level "$TMP/tension.wav" -6

# relief: a gentle rising fourth, C5 then F5, soft attack, 1 s.
bell "$TMP/rel-1.wav" 523.25 0.7
bell "$TMP/rel-2.wav" 698.46 0.7
sx "$TMP/rel-2.wav" "$TMP/rel-2-late.wav" pad 0.28 0.1
sx -m -v 0.8 "$TMP/rel-1.wav" -v 1 "$TMP/rel-2-late.wav" "$TMP/relief.wav" \
  reverb 30 50 60 fade h 0.03 1 0.3
level "$TMP/relief.wav" -4

# door: automatic door swish (noise whose pitch sweeps through a band) plus a faint entry chime, 1 s.
sx -n -r "$RATE" -c 1 -b 16 "$TMP/door-air.wav" synth 0.9 pinknoise bandpass 900 1.2o flanger 0 3 0 60 0.6 sine 50 lin \
  fade h 0.35 0.9 0.45 pad 0 0.1
bell "$TMP/door-bell-1.wav" 1318.51 0.6
bell "$TMP/door-bell-2.wav" 1760.00 0.5
sx "$TMP/door-bell-2.wav" "$TMP/door-bell-2-late.wav" pad 0.12
sx -m -v 1 "$TMP/door-bell-1.wav" -v 0.9 "$TMP/door-bell-2-late.wav" "$TMP/door-bell.wav" pad 0.3
sx -m -v 1 "$TMP/door-air.wav" -v 0.22 "$TMP/door-bell.wav" "$TMP/door.wav" trim 0 1 fade t 0 1 0.08
level "$TMP/door.wav" -6

# cash: a note-counting machine, 1 s. Band-passed noise chopped into fast bursts (the notes
# flicking past, ~28 a second) over a faint motor hum.
sx -n -r "$RATE" -c 1 -b 16 "$TMP/cash-flick.wav" synth 1 whitenoise bandpass 3200 1.5o \
  synth 1 square amod 28
sx -n -r "$RATE" -c 1 -b 16 "$TMP/cash-motor.wav" synth 1 sawtooth 95 lowpass 400
sx -m -v 1 "$TMP/cash-flick.wav" -v 0.18 "$TMP/cash-motor.wav" "$TMP/cash.wav" lowpass 7000 fade t 0.06 1 0.15
level "$TMP/cash.wav" -6

# mood-up: two quick rising blips, A5 then E6, 0.4 s.
bell "$TMP/mu-1.wav" 880.00 0.25
bell "$TMP/mu-2.wav" 1318.51 0.28
sx "$TMP/mu-2.wav" "$TMP/mu-2-late.wav" pad 0.11 0.05
sx -m -v 0.8 "$TMP/mu-1.wav" -v 1 "$TMP/mu-2-late.wav" "$TMP/mood-up.wav" trim 0 0.4 fade t 0 0.4 0.05
level "$TMP/mood-up.wav" -8

# mood-down: two soft falling notes, E4 then C4, 0.4 s, rounder and lower than mood-up.
bell "$TMP/md-1.wav" 329.63 0.25
bell "$TMP/md-2.wav" 261.63 0.28
sx "$TMP/md-2.wav" "$TMP/md-2-late.wav" pad 0.12
sx -m -v 0.9 "$TMP/md-1.wav" -v 1 "$TMP/md-2-late.wav" "$TMP/mood-down.wav" lowpass 1500 trim 0 0.4 fade t 0 0.4 0.05
level "$TMP/mood-down.wav" -8

# ---------------------------------------------------------------------------------------------
# Encode. OGG (22.05 kHz: nothing here needs more) for all; WAV (22.05 kHz, 16-bit mono) for the short cues; MP3 (32 kbit/s) for the rest.
SHORT="click mood-up mood-down"
LONG="ambience chime murmur tension relief door cash"
mkdir -p "$TMP/out"
for name in $SHORT $LONG; do
  sx "$TMP/$name.wav" -C 2 "$TMP/out/$name.ogg"
done
for name in $SHORT; do
  sx "$TMP/$name.wav" -b 16 "$TMP/out/$name.wav"
done
if [ "$HAS_MP3" = 1 ]; then
  for name in $LONG; do
    if [ "$name" = ambience ]; then
      # MP3 pads the start and end with silence, so an MP3 never loops gaplessly: 20 ms fades at
      # both ends (plus 50 ms of silence so the encoder flushes the fade) turn that gap into a soft
      # dip instead of a click. The OGG has no fades: its cross-fade makes it loop seamlessly.
      sx "$TMP/ambience.wav" -C 32 "$TMP/out/ambience.mp3" fade q 0.02 6 0.02 pad 0 0.05
    else
      sx "$TMP/$name.wav" -C 32 "$TMP/out/$name.mp3"
    fi
  done
else
  echo "make-sounds: this sox cannot write MP3; OGG only for the longer sounds" >&2
fi

# Replace only the files this script owns (README.md and anything else stay).
for name in $SHORT $LONG; do rm -f "$OUT/$name.ogg" "$OUT/$name.wav" "$OUT/$name.mp3"; done
cp "$TMP/out/"* "$OUT/"

# Report: duration, peak and RMS of each file as it will be decoded.
printf '%-16s %8s %9s %9s %7s\n' file seconds 'peak dB' 'RMS dB' bytes
for f in "$OUT"/*.ogg "$OUT"/*.wav "$OUT"/*.mp3; do
  [ -e "$f" ] || continue
  stats="$(sox "$f" -n stats 2>&1)"
  printf '%-16s %8s %9s %9s %7s\n' "$(basename "$f")" \
    "$(soxi -D "$f" 2>/dev/null | awk '{printf "%.2f", $1}')" \
    "$(awk '/^Pk lev dB/ {print $4}' <<<"$stats")" \
    "$(awk '/^RMS lev dB/ {print $4}' <<<"$stats")" \
    "$(stat -c %s "$f")"
done
echo "total: $(du -cb "$OUT"/*.ogg "$OUT"/*.wav "$OUT"/*.mp3 2>/dev/null | tail -1 | cut -f1) bytes in $OUT"
