#!/usr/bin/env bash
# make-sounds.sh: synthesises every sound of Bonne distance with sox, then writes each
# one twice, small: Ogg Vorbis (primary) and MP3 (the fallback for Safari versions
# that cannot decode Vorbis). Nothing is recorded or downloaded: every sound is built
# here from noise and tones, so the set can be remade, changed and relicensed freely.
#
# Usage:   assets/audio/make-sounds.sh [output-folder]     (default: beside this script)
#          MAKE_SOUNDS_KEEP=1 keeps the intermediate layers and prints where.
# Needs:   sox, with Vorbis (Debian: sox, libsox-fmt-base) and MP3 (libsox-fmt-mp3)
#          support. `apt-get install -y sox libsox-fmt-mp3` on Debian 12.
# Re-runnable: `sox -R` fixes the random seeds (noise, dither, Ogg serial numbers) and
# bash's RANDOM is seeded, so the same script writes byte-identical files every time
# and a re-run shows no diff unless a sound was changed.
#
# Format: mono, 22.05 kHz. Vorbis quality 2 (VBR); MP3 at 48 kbit/s for the one-shots
# and 32 kbit/s for the ambiences, whose beds are low-passed below 6.5 kHz.
# Weight: about 475 KiB for both formats together, of which a browser fetches one
# (about 235 KiB of Ogg, or 240 KiB of MP3). The six ambiences are most of it, and
# Vorbis has a floor near 27 kbit/s at this rate whatever the quality asked (q0 to q2
# differ by 5 %), so the loops are kept at 8 s, the short end of what does not sound
# like a loop, rather than lowering the quality further.
#
# Levels (checked at the end; the script fails if a sound clips):
#   ambiences  RMS between -28 and -22 dBFS: a bed under the story, never in front of it.
#   one-shots  peak about -6 dBFS (the door and the cough softer: they are close, quiet acts).
#   interface  peak about -18 dBFS (the line tick -32): felt more than heard.
#
# Seamless ambience loops. Each ambience is periodic with period LOOP seconds:
#   * tonal layers use frequencies (and tremolo rates) with a whole number of cycles
#     per period, so they wrap onto themselves without a seam;
#   * noise layers are rendered LOOP + XFADE seconds long and their tail is crossfaded
#     into their head with an equal-power (quarter-sine) fade, which keeps the level
#     constant across the joint of two uncorrelated noises;
#   * the file then holds the period with MARGIN seconds of its own other end on each
#     side: [last MARGIN | one period | first MARGIN]. The player loops the region
#     [MARGIN, MARGIN + LOOP] (sound-library.ts: `loop`), so an MP3 decoder's start-up
#     delay (about 50 ms, shorter than MARGIN) only shifts which period is looped,
#     and the loop stays seamless in both formats.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE}"
mkdir -p "$OUT"

RATE=22050
LOOP_SECONDS=8 # ambience period
MARGIN_MS=200  # loop margin on each side
# sound-library.ts (AMBIENCE_LOOP) loops from MARGIN_MS to MARGIN_MS + LOOP_SECONDS
# seconds; a test (test/audio/sound-library.test.ts) reads these two lines to check it.
LOOP_S=$((LOOP_SECONDS * RATE))        # the period, in samples
MARGIN_S=$((RATE * MARGIN_MS / 1000))  # the margin, in samples
XFADE_S=$((2 * RATE))                  # crossfade of a noise layer's tail into its head (2 s)
OGG_QUALITY=2
MP3_ONESHOT_KBPS=48
MP3_AMBIENCE_KBPS=32

for format in vorbis mp3; do
  if ! sox -h 2>/dev/null | grep -q "FILE FORMATS:.* ${format} "; then
    echo "make-sounds: this sox cannot write ${format}; on Debian: apt-get install -y sox libsox-fmt-mp3" >&2
    exit 1
  fi
done

T="$(mktemp -d)"
# MAKE_SOUNDS_KEEP=1 keeps the intermediate layers (float WAV) for listening to one alone.
if [[ "${MAKE_SOUNDS_KEEP:-}" == 1 ]]; then
  echo "make-sounds: intermediate files kept in $T" >&2
else
  trap 'rm -rf "$T"' EXIT
fi
RANDOM=1987 # seeds bash's generator: the rain's droplets fall in the same places every run

# Intermediate files are 32-bit float WAV (no rounding between steps). sox still computes
# in 32-bit integers and clips at full scale inside its effects, so every layer is made
# 12 dB below full scale (`vol 0.25` right after `synth`) to leave filters, sums and
# reverbs their headroom; a warning (clipping, most often) fails the run at the end.
FLOAT=(-e floating-point -b 32)

# s ARGS...: sox, repeatable; its warnings are collected for the check at the end.
s() { sox -R -V2 "$@" 2>>"$T/warnings.log"; }
# gen OUT EFFECTS...: a new mono file at RATE from the `synth` effects given.
gen() {
  local out="$1"
  shift
  # Rate and channels go before -n: they describe the null input, so `synth` counts
  # samples at RATE (after -n they would only set the output, with a resampling between).
  s -r "$RATE" -c 1 -n "${FLOAT[@]}" "$T/$out" "$@"
}
# fx IN OUT EFFECTS...: IN through effects into OUT.
fx() {
  local in="$1" out="$2"
  shift 2
  s "$T/$in" "${FLOAT[@]}" "$T/$out" "$@"
}
# mix OUT IN [VOLUME]...: sums inputs at unit gain (sox -m would divide by their count).
# Each input may be followed by `@VOLUME` to scale it: mix out.wav a.wav b.wav@0.3
mix() {
  local out="$1" item file vol
  shift
  local args=()
  for item in "$@"; do
    file="${item%@*}"
    vol=1
    [[ "$item" == *@* ]] && vol="${item#*@}"
    args+=(-v "$vol" "$T/$file")
  done
  s -m "${args[@]}" "${FLOAT[@]}" "$T/$out"
}
# cat_files OUT IN...: plays the inputs one after another.
cat_files() {
  local out="$1"
  shift
  local args=()
  for file in "$@"; do args+=("$T/$file"); done
  s "${args[@]}" "${FLOAT[@]}" "$T/$out"
}
# noise OUT TYPE SECONDS OFFSET EFFECTS...: SECONDS of noise, OFFSET seconds into the
# generator's sequence. The seed is fixed (-R), so two layers at the same offset would be
# the same noise; different offsets make them independent.
noise() {
  local out="$1" type="$2" seconds="$3" offset="$4"
  shift 4
  gen "$out" synth "$(awk -v a="$seconds" -v b="$offset" 'BEGIN { print a + b }')" "$type" trim "$offset" vol 0.25 "$@"
}
# Loop-length noise: LOOP + XFADE samples long, ready for `loopify`.
loop_noise() {
  local out="$1" type="$2" offset="$3"
  shift 3
  gen "$out" synth "$((LOOP_S + XFADE_S + offset * RATE))s" "$type" trim "$((offset * RATE))s" vol 0.25 "$@"
}
# loopify IN OUT: IN (LOOP + XFADE long) into OUT (LOOP long), periodic: its tail is
# crossfaded into its head with quarter-sine fades (equal power for noise).
loopify() {
  local in="$1" out="$2"
  fx "$in" xf-head.wav trim 0 "${XFADE_S}s" fade q "${XFADE_S}s"
  fx "$in" xf-tail.wav trim "${LOOP_S}s" "${XFADE_S}s" fade q 0 "${XFADE_S}s" "${XFADE_S}s"
  fx "$in" xf-body.wav trim "${XFADE_S}s" "$((LOOP_S - XFADE_S))s"
  mix xf-seam.wav xf-head.wav xf-tail.wav
  cat_files "$out" xf-seam.wav xf-body.wav
}
# tone OUT EFFECTS...: exactly one period of a tonal layer (whole cycles only, see above).
# It is made one second longer and that first second dropped: a filter starts from
# silence, and its settling would otherwise make the period's start differ from its end.
# A tonal layer with two `synth` effects gives the second one a length of "${TONE_S}s".
TONE_S=$((LOOP_S + RATE))
tone() {
  local out="$1"
  shift
  gen "$out" synth "${TONE_S}s" "$@" trim "${RATE}s"
}
# with_margins IN OUT: [last MARGIN | IN | first MARGIN] (see "Seamless ambience loops").
with_margins() {
  local in="$1" out="$2"
  fx "$in" margin-pre.wav trim "$((LOOP_S - MARGIN_S))s"
  fx "$in" margin-post.wav trim 0 "${MARGIN_S}s"
  cat_files "$out" margin-pre.wav "$in" margin-post.wav
}
rms_db() { sox "$1" -n stats 2>&1 | awk '/^RMS lev dB/ { print $4 }'; }
peak_db() { sox "$1" -n stats 2>&1 | awk '/^Pk lev dB/ { print $4 }'; }
# to_rms IN OUT DB: sets the RMS level of IN to DB dBFS.
to_rms() {
  local gain
  gain="$(awk -v t="$3" -v c="$(rms_db "$T/$1")" 'BEGIN { printf "%.2f", t - c }')"
  fx "$1" "$2" gain "$gain"
}
# encode IN NAME MP3_KBPS: the two shipped files.
encode() {
  local in="$1" name="$2" kbps="$3"
  s "$T/$in" --comment "Bonne distance: ${name} (synthesised, make-sounds.sh)" -C "$OGG_QUALITY" "$OUT/$name.ogg"
  s "$T/$in" --comment "Bonne distance: ${name} (synthesised, make-sounds.sh)" -C "$kbps" "$OUT/$name.mp3"
}
# ambience NAME RMS_DB NOISE_LAYER [TONAL_LAYER...]: loops, levels and encodes.
ambience() {
  local name="$1" rms="$2" noise_layer="$3"
  shift 3
  loopify "$noise_layer" "$name-noise-loop.wav"
  if (($# > 0)); then
    mix "$name-period.wav" "$name-noise-loop.wav" "$@"
  else
    fx "$name-noise-loop.wav" "$name-period.wav"
  fi
  to_rms "$name-period.wav" "$name-level.wav" "$rms"
  with_margins "$name-level.wav" "$name-final.wav"
  encode "$name-final.wav" "$name" "$MP3_AMBIENCE_KBPS"
}
# oneshot NAME PEAK_DB IN: levels a one-shot or interface sound to a peak and encodes.
oneshot() {
  local name="$1" peak="$2" in="$3"
  fx "$in" "$name-final.wav" highpass 40 norm "$peak"
  encode "$name-final.wav" "$name" "$MP3_ONESHOT_KBPS"
}

# ---------------------------------------------------------------------------------------
# Ambiences: 8 s seamless loops, gentle, low in the mix. Every tonal frequency and every
# tremolo rate is a multiple of 1/8 Hz: a whole number of cycles per period.
# ---------------------------------------------------------------------------------------

# street_night: a city heard from a quiet street at 23 h. A low brown-noise hum (the
# city's distant rumble), a band of pink noise that swells and ebbs like far traffic
# (two slow tremolos, 1 and 3 swells per loop, so the pattern does not feel mechanical),
# and a faint high tyre hiss riding the same swell. No siren, no voices: nothing that
# pulls the trainee's attention from the person across the street.
loop_noise street-hum.wav brownnoise 1 highpass 30 lowpass 220
loop_noise street-traffic.wav pinknoise 3 sinc 140-1100 tremolo 0.125 55 tremolo 0.375 35
loop_noise street-hiss.wav pinknoise 5 sinc 1800-5000 tremolo 0.125 60
mix street-noise.wav street-hum.wav@0.3 street-traffic.wav street-hiss.wav@0.3
ambience street_night -26 street-noise.wav

# rain: a cold steady rain. A broad filtered hiss (the rain on the street), a lower
# patter band, and 70 droplets: short upward-gliding sine blips (the "plip" of a drop
# in a puddle), at seeded random times, pitches and levels. The droplets are a tonal
# layer built exactly one period long, placed away from the loop's end.
loop_noise rain-hiss.wav whitenoise 2 highpass 700 lowpass 6500 lowpass 6500
loop_noise rain-patter.wav pinknoise 4 sinc 900-3200 tremolo 0.75 25
drops=()
for i in $(seq 1 70); do
  length=$((RATE * (20 + RANDOM % 25) / 1000))
  start=$((RANDOM * (LOOP_S - RATE / 10) / 32768))
  rest=$((LOOP_S - start - length))
  low=$((1400 + RANDOM % 1800))
  high=$((low + 600 + RANDOM % 900))
  vol="0.$((10 + RANDOM % 40))"
  gen "drop-$i.wav" synth "${length}s" sine "${low}:${high}" vol 0.25 fade q 44s "${length}s" "$((length * 8 / 10))s" \
    vol "$vol" pad "${start}s" "${rest}s"
  drops+=("drop-$i.wav")
done
mix rain-drops.wav "${drops[@]}"
fx rain-drops.wav rain-drops-soft.wav lowpass 5000
mix rain-noise.wav rain-hiss.wav@0.15 rain-patter.wav@0.8
ambience rain -25 rain-noise.wav rain-drops-soft.wav@0.35

# bus: inside the outreach bus, engine idling. A diesel idle (35 Hz firing with its
# second harmonic, low-passed, with a slow unevenness), the body's rumble (brown
# noise), the injectors' soft clatter (mid-band noise pulsing at half the firing rate,
# which is also what small laptop speakers can play of an engine), a faint ventilation
# hiss, and a soft panel rattle that comes and goes.
tone bus-engine.wav sawtooth 35 vol 0.25 lowpass 160 lowpass 160 tremolo 3 18 tremolo 0.25 12
tone bus-engine2.wav square 70 vol 0.25 lowpass 240 lowpass 240 tremolo 5 20
loop_noise bus-body.wav brownnoise 2 highpass 25 lowpass 380
loop_noise bus-vent.wav pinknoise 6 sinc 1500-4500
loop_noise bus-clatter.wav pinknoise 10 sinc 600-1800 tremolo 17.5 60 tremolo 3 30
loop_noise bus-rattle.wav whitenoise 8 bandpass 1300 6q tremolo 11 90 tremolo 0.375 80
mix bus-noise.wav bus-body.wav@0.3 bus-clatter.wav@0.9 bus-vent.wav@0.4 bus-rattle.wav@0.3
ambience bus -24 bus-noise.wav bus-engine.wav@0.25 bus-engine2.wav@0.12

# site: the room tone of a community site (a drop-in centre): a low, soft, empty-room
# noise and the hum of the coffee machine's pump and the fridge (120 Hz and its
# harmonics, with a slow 0.5 Hz beat so it lives a little).
loop_noise site-room.wav pinknoise 3 highpass 40 lowpass 450 lowpass 450
loop_noise site-air.wav pinknoise 7 sinc 600-3000
tone site-hum.wav sine 120 synth "${TONE_S}s" sine mix 120.5 vol 0.125
tone site-hum2.wav sine 240 vol 0.25 tremolo 0.5 40
tone site-hum3.wav sine 360 vol 0.25 tremolo 0.25 60
mix site-noise.wav site-room.wav site-air.wav@0.2
mix site-tones.wav site-hum.wav site-hum2.wav@0.4 site-hum3.wav@0.15
ambience site -28 site-noise.wav site-tones.wav@0.06

# cafe: the soft murmur of a café, no words. Four bands of pink noise, each shaped like
# speech (formant-like bands, 3 to 5 "syllables" a second, swelling in phrases), sum
# into a murmur; a low room bed holds them; two soft cup clinks per loop.
loop_noise cafe-room.wav brownnoise 2 highpass 40 lowpass 300
loop_noise cafe-talk1.wav pinknoise 11 sinc 250-900 tremolo 3.75 70 tremolo 0.25 60
loop_noise cafe-talk2.wav pinknoise 13 sinc 700-2400 tremolo 4.625 75 tremolo 0.125 70
loop_noise cafe-talk3.wav pinknoise 17 sinc 300-1200 tremolo 2.875 65 tremolo 0.5 50
loop_noise cafe-talk4.wav pinknoise 19 sinc 900-2800 tremolo 5.25 70 tremolo 0.375 80
for clink in 1 2; do
  start=$((clink == 1 ? RATE * 21 / 10 : RATE * 56 / 10))
  length=$((RATE * 35 / 100))
  gen "clink-$clink.wav" synth "${length}s" sine "$((2600 + clink * 90))" synth "${length}s" sine mix 3951 vol 0.25 \
    fade q 44s fade l 0 "${length}s" "$((length - 100))s" pad "${start}s" "$((LOOP_S - start - length))s"
done
mix cafe-clinks.wav clink-1.wav clink-2.wav@0.7
mix cafe-noise.wav cafe-room.wav@0.15 cafe-talk1.wav cafe-talk2.wav@0.9 cafe-talk3.wav@0.9 cafe-talk4.wav@0.7
ambience cafe -26 cafe-noise.wav cafe-clinks.wav@0.15

# neutral: a very soft pad for settings without a sound of their own (home, unknown):
# A2, E3, A3 and C#4 sines, each with a twin 1/8 Hz away (a slow chorus), a slow
# swell, low-passed; a breath of air noise under it.
tone pad-a.wav sine 110 synth "${TONE_S}s" sine mix 110.125 vol 0.125 tremolo 0.125 40 lowpass 900
tone pad-e.wav sine 164.75 synth "${TONE_S}s" sine mix 164.875 vol 0.125 tremolo 0.125 40 lowpass 900
tone pad-a3.wav sine 220 synth "${TONE_S}s" sine mix 220.125 vol 0.125 tremolo 0.125 40 lowpass 900
tone pad-cs.wav sine 277.25 synth "${TONE_S}s" sine mix 277.375 vol 0.125 tremolo 0.125 40 lowpass 900
mix pad-tones.wav pad-a.wav pad-e.wav@0.8 pad-a3.wav@0.5 pad-cs.wav@0.35
loop_noise pad-air.wav pinknoise 9 sinc 200-2000 vol 0.1
ambience neutral -28 pad-air.wav pad-tones.wav

# ---------------------------------------------------------------------------------------
# Cue sounds: one-shots a story asks for with `# sound: id`. Short (< 1.5 s, but the
# passing bus), soft-edged, a little room or street around them.
# ---------------------------------------------------------------------------------------

# footsteps: four unhurried steps on wet pavement (0.35 s apart). Each step is a heel
# thud (low-passed brown noise, fast decay) and a wet scuff (band-passed white noise,
# a little later and longer); every step comes from a different stretch of noise and
# lands a little softer or firmer, so they do not sound like a loop.
steps=()
step_levels=(1.0 0.8 0.95 0.75)
step_starts=(0 0.35 0.70 1.05)
for i in 0 1 2 3; do
  noise "heel-$i.wav" brownnoise 0.09 "$((i * 2 + 1))" lowpass 420 fade q 0.003 0.09 0.08
  noise "scuff-$i.wav" whitenoise 0.16 "$((i * 2 + 2))" sinc 1200-4500 fade q 0.01 0.16 0.14 pad 0.015
  mix "step-$i.wav" "heel-$i.wav" "scuff-$i.wav@0.12"
  fx "step-$i.wav" "step-placed-$i.wav" vol "${step_levels[$i]}" pad "${step_starts[$i]}" 0.6
  steps+=("step-placed-$i.wav")
done
mix footsteps-dry.wav "${steps[@]}"
fx footsteps-dry.wav footsteps.wav reverb 15 50 20 trim 0 1.4 fade q 0 1.4 0.1
oneshot footsteps -6 footsteps.wav

# dog_bark: one friendly "woof" from a medium dog: a short sawtooth that glides down
# (430 to 300 Hz) with a puff of breath noise, through two formant bands, softened by
# a low-pass and a touch of street echo. Rounded attack, no snarl: it should read as
# curious, not threatening.
gen bark-tone.wav synth 0.2 sawtooth 430:300 vol 0.25 fade q 0.015 0.2 0.12
noise bark-breath.wav pinknoise 0.2 21 sinc 500-2500 fade q 0.01 0.2 0.15
mix bark-raw.wav bark-tone.wav bark-breath.wav@0.35
fx bark-raw.wav bark-f1.wav bandpass 700 1.2q
fx bark-raw.wav bark-f2.wav bandpass 1600 2q
mix bark-formants.wav bark-f1.wav bark-f2.wav@0.6 bark-raw.wav@0.2
fx bark-formants.wav dog_bark.wav overdrive 4 lowpass 3200 pad 0 0.35 reverb 20 50 30
oneshot dog_bark -6 dog_bark.wav

# bus_engine: a city bus passing in the street (2.6 s): a diesel tone and body rumble
# with tyre-and-air noise, swelling as it nears, and a Doppler drop of pitch (bend) as
# it goes by, low-passed for distance.
gen pass-engine.wav synth 2.6 sawtooth 48 synth 2.6 square mix 96 vol 0.25 lowpass 300
noise pass-rumble.wav brownnoise 2.6 23 highpass 30 lowpass 350
noise pass-air.wav pinknoise 2.6 25 sinc 300-3500
mix pass-raw.wav pass-engine.wav@0.5 pass-rumble.wav pass-air.wav@0.5
fx pass-raw.wav bus_engine.wav bend 1.0,-260,0.6 fade q 1.2 2.6 1.3 lowpass 2800
oneshot bus_engine -6 bus_engine.wav

# cough: a soft, hollow cough, twice. Each is a breath-noise burst through two
# resonant bands (the throat and mouth) with a little voiced buzz under it; the
# second is shorter and softer. Low-passed: it is heard from a metre away, outdoors.
for i in 1 2; do
  length="0.$((i == 1 ? 24 : 19))"
  noise "cough-n-$i.wav" pinknoise "$length" "$((27 + i))" fade h 0.008 "$length" "0.$((i == 1 ? 20 : 16))"
  fx "cough-n-$i.wav" "cough-b1-$i.wav" bandpass 550 2q
  fx "cough-n-$i.wav" "cough-b2-$i.wav" bandpass 1700 3q
  gen "cough-v-$i.wav" synth "$length" sawtooth 150:120 vol 0.25 lowpass 700 fade h 0.01 "$length" "0.$((i == 1 ? 18 : 14))"
  mix "cough-$i.wav" "cough-b1-$i.wav" "cough-b2-$i.wav@0.6" "cough-v-$i.wav@0.12" "cough-n-$i.wav@0.08"
done
fx cough-2.wav cough-2-placed.wav vol 0.7 pad 0.34
mix cough-dry.wav cough-1.wav cough-2-placed.wav
fx cough-dry.wav cough.wav lowpass 3500 pad 0 0.2 reverb 15 50 25
oneshot cough -9 cough.wav

# door: a door pulled shut softly: the latch's two small clicks over a low, padded
# thump (a falling sine and low noise), in a small room's reverb.
gen door-thump-tone.wav synth 0.28 sine 85:50 vol 0.25 fade q 0.006 0.28 0.25
noise door-thump-noise.wav brownnoise 0.2 31 lowpass 260 fade q 0.004 0.2 0.18
noise door-click1.wav whitenoise 0.018 33 bandpass 3000 2q fade q 0.001 0.018 0.016
noise door-click2.wav whitenoise 0.014 35 bandpass 2200 2q fade q 0.001 0.014 0.012 pad 0.07
mix door-clicks.wav door-click1.wav door-click2.wav@0.6
fx door-clicks.wav door-clicks-placed.wav pad 0.012
mix door-dry.wav door-thump-tone.wav door-thump-noise.wav@0.6 door-clicks-placed.wav@0.25
fx door-dry.wav door.wav pad 0 0.5 reverb 35 50 50 trim 0 0.75 fade q 0 0.75 0.15
oneshot door -8 door.wav

# ---------------------------------------------------------------------------------------
# Interface sounds: very soft, under 200 ms.
# ---------------------------------------------------------------------------------------

# ui_select: a soft pluck (D5, Karplus-Strong) when a choice is taken, low-passed so it
# is round rather than bright. (sox plucks only at 44.1 kHz or more: made there, resampled.)
s -r 44100 -c 1 -n "${FLOAT[@]}" "$T/ui_select.wav" synth 0.14 pluck 587.3 vol 0.25 lowpass 2500 fade q 0.002 0.14 0.1 rate "$RATE"
oneshot ui_select -18 ui_select.wav

# ui_line: an almost inaudible tick as a new line starts (optional; the overlay decides).
gen ui_line.wav synth 0.016 sine 2200 vol 0.25 fade q 0.001 0.016 0.013
oneshot ui_line -32 ui_line.wav

# ui_open: a soft two-note chime (G5, then D6 40 ms later) for the debrief opening, with a quick
# bell-like decay.
gen chime-1.wav synth 0.19 sine 784 vol 0.25 fade q 0.003 fade l 0 0.19 0.18
gen chime-2.wav synth 0.15 sine 1174.7 vol 0.15 fade q 0.003 fade l 0 0.15 0.13 pad 0.04
mix ui_open.wav chime-1.wav chime-2.wav
oneshot ui_open -18 ui_open.wav

# ---------------------------------------------------------------------------------------
# Check: decode what ships and report; fail if anything clips.
# ---------------------------------------------------------------------------------------
printf '%-13s %7s %9s %9s %8s %8s\n' sound seconds 'RMS dB' 'peak dB' 'ogg B' 'mp3 B'
total=0
status=0
for file in "$OUT"/*.ogg; do
  name="$(basename "$file" .ogg)"
  for format in ogg mp3; do
    s "$OUT/$name.$format" "$T/check-$format.wav"
    peak="$(peak_db "$T/check-$format.wav")"
    if awk -v p="$peak" 'BEGIN { exit !(p > -1) }'; then
      echo "make-sounds: $name.$format peaks at $peak dBFS (clipping risk)" >&2
      status=1
    fi
  done
  ogg_bytes="$(stat -c %s "$OUT/$name.ogg")"
  mp3_bytes="$(stat -c %s "$OUT/$name.mp3")"
  total=$((total + ogg_bytes + mp3_bytes))
  printf '%-13s %7.2f %9s %9s %8d %8d\n' "$name" "$(soxi -D "$OUT/$name.ogg")" \
    "$(rms_db "$T/check-ogg.wav")" "$(peak_db "$T/check-ogg.wav")" "$ogg_bytes" "$mp3_bytes"
done
echo "total: $((total / 1024)) KiB (both formats)"
if grep -q clipped "$T/warnings.log"; then
  echo "make-sounds: sox clipped a layer; lower its level:" >&2
  grep clipped "$T/warnings.log" >&2
  status=1
fi
exit "$status"
