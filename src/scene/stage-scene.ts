/**
 * The Phaser scene of the stage: the setting, the worker and the person, their body
 * language, the light and the setting's life. It draws the state computed by the pure
 * modules beside it (layout, pose, art) and never sees the trust. Few game objects,
 * created once and reused; nothing is allocated per frame.
 */
import * as Phaser from 'phaser';
import type { Distance, EncounterIntro, Moment, StageDirection } from '../engine/index.ts';
import {
  type Cell,
  PERSON_SHEET,
  type PersonLook,
  PROPS_SHEET,
  personLook,
  type SettingLook,
  settingLook,
  WORKER_SHEET,
} from './stage-art.ts';
import { layoutStage, type StageLayout } from './stage-layout.ts';
import {
  type Ambience,
  ambienceAfter,
  framesFor,
  initialAmbience,
  type Lighting,
  lightingFor,
  lightTint,
  NEUTRAL_POSE,
  type PersonPose,
  type PersonPoseName,
  poseAfterCue,
  poseAfterMoment,
} from './stage-pose.ts';

/** Texture pixels per art unit for people and props: crisp up to a 1080p projector. */
const RASTER = 2;
/** Walking takes this long for the longest way (far to close); shorter ways are quicker. */
const WALK_MS = { min: 600, max: 900 } as const;
const POSE_MS = 380;
/** How long a setting's or a person's art may take to load before the story goes on without it. */
const ART_TIMEOUT_MS = 6000;
/** Pixels per second of the slowest raindrop. */
const RAIN_SLOWEST = 720;
const LIGHT_MS = 650;
const FADE_MS = { out: 320, hold: 180, in: 420 } as const;

const DEPTH = {
  backdrop: 0,
  background: 1,
  lights: 2,
  contrastDim: 3,
  props: 4,
  person: 5,
  dog: 6,
  worker: 7,
  rain: 8,
  shade: 9,
  fade: 10,
} as const;

/** What the stage shows now, for tests and the debug panel. Never the trust: the stage has none. */
export interface StageDebugState {
  readonly ready: boolean;
  readonly setting: SettingLook['art'] | undefined;
  readonly character: PersonLook['sheet'] | undefined;
  readonly workerZone: Distance;
  /** The worker's feet, in canvas pixels (moves during a walk). */
  readonly workerX: number;
  readonly zones: Readonly<Record<Distance, number>>;
  readonly personPose: PersonPoseName;
  readonly posture: PersonPose['posture'];
  readonly facing: PersonPose['facing'];
  readonly face: PersonPose['face'];
  readonly moment: Moment;
  readonly visit: number;
  readonly rain: boolean;
  readonly traffic: boolean;
  readonly animating: boolean;
  /** False while the tab is hidden: nothing is updated or drawn. */
  readonly looping: boolean;
  readonly reducedMotion: boolean;
  readonly highContrast: boolean;
  readonly width: number;
  readonly height: number;
}

/** One line's animations: `done` settles when they end; `finish` ends them at once, in their final state. */
export interface LinePlayback {
  readonly done: Promise<void>;
  finish(): void;
}

export interface StageSceneOptions {
  readonly reducedMotion: boolean;
  readonly highContrast: boolean;
  readonly onReady: () => void;
  /** The worker's or the props' sheet did not load: there is no stage to show. */
  readonly onFailed: () => void;
}

interface StoryAnimation {
  tween: Phaser.Tweens.Tween | undefined;
  end: () => void;
}

interface PlaybackToken {
  instant: boolean;
}

function addFrames(texture: Phaser.Textures.Texture, cells: Readonly<Record<string, Cell>>): void {
  for (const [name, cell] of Object.entries(cells)) {
    if (!texture.has(name)) {
      texture.add(name, 0, cell.x * RASTER, cell.y * RASTER, cell.width * RASTER, cell.height * RASTER);
    }
  }
}

export class StageScene extends Phaser.Scene {
  private readonly options: StageSceneOptions;
  private reducedMotion: boolean;
  private highContrast: boolean;
  private layout: StageLayout = layoutStage(960, 540);
  private look: SettingLook = settingLook(undefined);
  private person: PersonLook | undefined;
  private pose: PersonPose = NEUTRAL_POSE;
  private workerZone: Distance = 'far';
  private moment: Moment = 'guarded';
  private lighting: Lighting = lightingFor('guarded');
  private ambience: Ambience = initialAmbience(undefined);
  private visit = 1;
  private isReady = false;
  private readonly running = new Set<StoryAnimation>();
  /** Tweened by the walk; read by `onWalkUpdate` (one object, reused). */
  private readonly walk = { t: 0, from: 0, to: 0, steps: 2, stepFrame: false };
  /** Tweened by lighting changes; applied to the overlays by `applyLighting`. */
  private readonly light = { cool: 0, warm: 0, glow: 0 };

  private backdrop!: Phaser.GameObjects.Rectangle;
  private background!: Phaser.GameObjects.Image;
  private readonly lampGlows: Phaser.GameObjects.Image[] = [];
  private sweep!: Phaser.GameObjects.Image;
  private contrastDim!: Phaser.GameObjects.Rectangle;
  private grate!: Phaser.GameObjects.Image;
  private seat!: Phaser.GameObjects.Image;
  private table!: Phaser.GameObjects.Image;
  private personGroup!: Phaser.GameObjects.Container;
  private body!: Phaser.GameObjects.Image;
  private head!: Phaser.GameObjects.Image;
  private dog!: Phaser.GameObjects.Image;
  private dogCoat!: Phaser.GameObjects.Image;
  private worker!: Phaser.GameObjects.Image;
  private rain!: Phaser.GameObjects.Particles.ParticleEmitter;
  private readonly rainZone = new Phaser.Geom.Rectangle(0, -40, 960, 10);
  private warmGlow!: Phaser.GameObjects.Image;
  private alarmGlow!: Phaser.GameObjects.Image;
  private fade!: Phaser.GameObjects.Rectangle;
  /** Everything the moment's light tints. */
  private lit: Phaser.GameObjects.Image[] = [];

  private breathing: Phaser.Tweens.Tween | undefined;
  private tremor: Phaser.Tweens.Tween | undefined;
  private alarmPulse: Phaser.Tweens.Tween | undefined;
  private contrastFilter: Phaser.Filters.ColorMatrix | undefined;
  private outlineFilters: Phaser.Filters.Glow[] = [];

  constructor(options: StageSceneOptions) {
    super({ key: 'stage' });
    this.options = options;
    this.reducedMotion = options.reducedMotion;
    this.highContrast = options.highContrast;
  }

  preload(): void {
    this.load.svg('worker', WORKER_SHEET.file, { scale: RASTER });
    this.load.svg('props', PROPS_SHEET.file, { scale: RASTER });
  }

  create(): void {
    if (!this.textures.exists('worker') || !this.textures.exists('props')) {
      this.options.onFailed();
      return;
    }
    addFrames(this.textures.get('worker'), WORKER_SHEET.frames);
    addFrames(this.textures.get('props'), PROPS_SHEET.frames);
    this.makeDropTexture();
    this.layout = layoutStage(this.scale.width, this.scale.height);

    this.backdrop = this.add.rectangle(0, 0, 10, 10, this.look.backdrop).setOrigin(0).setDepth(DEPTH.backdrop);
    this.background = this.add.image(0, 0, '__DEFAULT').setOrigin(0).setDepth(DEPTH.background).setVisible(false);
    for (let i = 0; i < 3; i++) {
      this.lampGlows.push(
        this.add
          .image(0, 0, 'props', 'glow')
          .setBlendMode(Phaser.BlendModes.ADD)
          .setDepth(DEPTH.lights)
          .setVisible(false),
      );
    }
    this.sweep = this.addGlow(0xfff2d6, DEPTH.lights);
    this.contrastDim = this.add
      .rectangle(0, 0, 10, 10, 0x000000, 0.5)
      .setOrigin(0)
      .setDepth(DEPTH.contrastDim)
      .setVisible(false);
    // Nothing but the backdrop until the story says where and with whom.
    this.grate = this.add.image(0, 0, 'props', 'grate').setOrigin(0.5, 0.5).setDepth(DEPTH.props).setVisible(false);
    this.seat = this.add.image(0, 0, 'props', 'crate').setDepth(DEPTH.props).setVisible(false);
    this.table = this.add
      .image(0, 0, 'props', 'table')
      .setOrigin(0.5, 138 / 140)
      .setDepth(DEPTH.props)
      .setVisible(false);
    this.head = this.add.image(0, 0, 'props', 'glow').setVisible(false);
    this.body = this.add.image(0, 0, 'props', 'glow').setVisible(false);
    // Head first: the collar overlaps the neck.
    this.personGroup = this.add.container(0, 0, [this.head, this.body]).setDepth(DEPTH.person).setVisible(false);
    this.dog = this.add
      .image(0, 0, 'props', 'dog')
      .setOrigin(0.5, 68 / 70)
      .setDepth(DEPTH.dog)
      .setVisible(false);
    this.dogCoat = this.add
      .image(0, 0, 'props', 'dog-coat')
      .setOrigin(0.5, 68 / 70)
      .setDepth(DEPTH.dog)
      .setVisible(false);
    this.worker = this.add
      .image(0, 0, 'worker', 'worker')
      .setOrigin(WORKER_SHEET.anchor.x / 160, WORKER_SHEET.anchor.y / 300)
      .setDepth(DEPTH.worker)
      .setVisible(false);
    this.rain = this.add.particles(0, 0, 'drop', {
      emitZone: { type: 'random', source: this.rainZone, quantity: 0 },
      speedX: { min: -95, max: -65 },
      speedY: { min: RAIN_SLOWEST, max: 900 },
      rotate: 6,
      lifespan: 2400,
      alpha: { min: 0.18, max: 0.42 },
      scaleY: { min: 0.6, max: 1.1 },
      tint: 0xcfd9ea,
      frequency: 16,
      quantity: 2,
      maxAliveParticles: 300,
      emitting: false,
    });
    this.rain.setDepth(DEPTH.rain);
    this.warmGlow = this.addGlow(0xffc98a, DEPTH.shade);
    this.alarmGlow = this.addGlow(0x7fb0ff, DEPTH.shade).setVisible(false);
    this.fade = this.add.rectangle(0, 0, 10, 10, 0x05070c).setOrigin(0).setAlpha(0).setDepth(DEPTH.fade);

    this.lit = [
      this.background,
      this.grate,
      this.seat,
      this.table,
      this.body,
      this.head,
      this.dog,
      this.dogCoat,
      this.worker,
    ];
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.scheduleSweep();
    this.scheduleFlicker();
    this.applyLayout();
    this.applyHighContrast();
    this.isReady = true;
    this.options.onReady();
  }

  /** A soft additive light (headlights, the moment's warmth, the emergency's pulse), hidden until used. */
  private addGlow(tint: number, depth: number): Phaser.GameObjects.Image {
    return this.add
      .image(0, 0, 'props', 'glow')
      .setBlendMode(Phaser.BlendModes.ADD)
      .setTint(tint)
      .setAlpha(0)
      .setDepth(depth);
  }

  // ---------- what the presenter calls ----------

  async begin(intro: EncounterIntro): Promise<void> {
    this.finishAnimations();
    const look = settingLook(intro.header.setting);
    const person = personLook(intro.header.character, intro.header.look);
    await this.loadArt(look, person);
    this.look = look;
    this.person = person;
    this.pose = NEUTRAL_POSE;
    this.workerZone = intro.distance;
    this.moment = intro.moment;
    this.lighting = lightingFor(intro.moment);
    this.light.cool = this.lighting.cool;
    this.light.warm = this.lighting.warm;
    this.light.glow = this.lighting.glow;
    this.visit = 1;
    this.ambience = initialAmbience(intro.header.setting);
    if (intro.ambience !== undefined) this.ambience = ambienceAfter(this.ambience, intro.ambience);
    this.fade.setAlpha(0);
    this.pose = poseAfterMoment(this.pose, intro.moment);
    this.applySetting();
    this.applyLayout();
    this.applyRain();
    this.applyAlarm();
    this.applyBreathing();
    this.applyTremor();
  }

  playLine(directions: readonly StageDirection[]): LinePlayback {
    const token: PlaybackToken = { instant: false };
    const done = (async () => {
      for (const direction of directions) await this.direct(direction, token);
    })();
    return {
      done,
      finish: () => {
        token.instant = true;
        this.finishAnimations();
      },
    };
  }

  setReducedMotion(on: boolean): void {
    this.reducedMotion = on;
    if (!this.isReady) return;
    if (on) this.finishAnimations();
    this.applyRain();
    this.applyAlarm();
    this.applyBreathing();
    this.applyTremor();
  }

  setHighContrast(on: boolean): void {
    this.highContrast = on;
    if (this.isReady) this.applyHighContrast();
  }

  debugState(): StageDebugState {
    return {
      ready: this.isReady && this.person !== undefined,
      setting: this.person === undefined ? undefined : this.look.art,
      character: this.person?.sheet,
      workerZone: this.workerZone,
      workerX: this.worker === undefined ? 0 : Math.round(this.worker.x),
      zones: this.layout.zones,
      personPose: this.pose.name,
      posture: this.pose.posture,
      facing: this.pose.facing,
      face: this.pose.face,
      moment: this.moment,
      visit: this.visit,
      rain: this.ambience.rain,
      traffic: this.ambience.traffic,
      animating: this.running.size > 0,
      looping: this.game.loop.running,
      reducedMotion: this.reducedMotion,
      highContrast: this.highContrast,
      width: this.layout.width,
      height: this.layout.height,
    };
  }

  // ---------- directions ----------

  private async direct(direction: StageDirection, token: PlaybackToken): Promise<void> {
    switch (direction.type) {
      case 'distance':
        return this.walkTo(direction.to, token);
      case 'cue':
        return this.showPose(poseAfterCue(this.pose, direction.cue), token);
      case 'moment':
        return this.showMoment(direction.moment, token);
      case 'visit':
        return this.showVisit(direction.visit, token);
      case 'ambience':
        this.ambience = ambienceAfter(this.ambience, direction.ambience);
        this.applyRain();
        return;
      case 'sound':
        // Sound belongs to the audio layer; the stage has nothing to draw for it.
        return;
    }
  }

  /**
   * Runs a tween whose end state `end` can also set at once: when the line is hurried,
   * skipped or capped, and under reduced motion when `instant` is set.
   */
  private animate(config: Phaser.Types.Tweens.TweenBuilderConfig, end: () => void, instant: boolean): Promise<void> {
    if (instant) {
      end();
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const animation: StoryAnimation = {
        tween: undefined,
        end: () => {
          if (!this.running.delete(animation)) return;
          animation.tween?.stop();
          end();
          resolve();
        },
      };
      this.running.add(animation);
      animation.tween = this.tweens.add({ ...config, onComplete: () => animation.end() });
    });
  }

  private finishAnimations(): void {
    for (const animation of [...this.running]) animation.end();
  }

  private async walkTo(zone: Distance, token: PlaybackToken): Promise<void> {
    this.workerZone = zone;
    const to = this.layout.zones[zone];
    const from = this.worker.x;
    const way = Math.abs(to - from);
    const longest = Math.max(1, this.layout.zones.close - this.layout.zones.far);
    this.walk.t = 0;
    this.walk.from = from;
    this.walk.to = to;
    this.walk.steps = Math.max(2, Math.round(way / (this.layout.unit * 42)));
    this.worker.setFlipX(to < from);
    const duration = WALK_MS.min + (WALK_MS.max - WALK_MS.min) * Math.min(1, way / longest);
    await this.animate(
      { targets: this.walk, t: 1, duration, ease: 'Sine.easeInOut', onUpdate: this.onWalkUpdate, callbackScope: this },
      () => this.placeWorker(),
      token.instant || this.reducedMotion || way < 1,
    );
  }

  private onWalkUpdate(): void {
    const { t, from, to, steps } = this.walk;
    const phase = t * steps;
    const stepFrame = Math.floor(phase) % 2 === 0 && t < 1;
    this.worker.x = from + (to - from) * t;
    this.worker.y = this.layout.groundY - Math.abs(Math.sin(phase * Math.PI)) * 3 * this.layout.unit;
    if (stepFrame !== this.walk.stepFrame) {
      this.walk.stepFrame = stepFrame;
      this.worker.setFrame(stepFrame ? 'worker-step' : 'worker', false, false);
    }
  }

  private async showPose(next: PersonPose, token: PlaybackToken): Promise<void> {
    this.pose = next;
    this.applyPoseFrames();
    this.applyTremor();
    const target = this.personTarget();
    await this.animate(
      {
        targets: this.personGroup,
        x: target.x,
        scaleX: target.scaleX,
        angle: target.angle,
        duration: POSE_MS,
        ease: 'Sine.easeInOut',
      },
      () => this.placePerson(),
      token.instant || this.reducedMotion,
    );
  }

  private async showMoment(moment: Moment, token: PlaybackToken): Promise<void> {
    this.moment = moment;
    this.lighting = lightingFor(moment);
    this.applyAlarm();
    const pose = poseAfterMoment(this.pose, moment);
    const posing = pose === this.pose ? Promise.resolve() : this.showPose(pose, token);
    const lighting = this.animate(
      {
        targets: this.light,
        cool: this.lighting.cool,
        warm: this.lighting.warm,
        glow: this.lighting.glow,
        duration: LIGHT_MS,
        ease: 'Sine.easeInOut',
        onUpdate: this.applyLighting,
        callbackScope: this,
      },
      () => {
        this.light.cool = this.lighting.cool;
        this.light.warm = this.lighting.warm;
        this.light.glow = this.lighting.glow;
        this.applyLighting();
      },
      token.instant,
    );
    await Promise.all([posing, lighting]);
  }

  private async showVisit(visit: number, token: PlaybackToken): Promise<void> {
    // Fading is not motion: it stays under reduced motion, shorter.
    const scale = this.reducedMotion ? 0.5 : 1;
    await this.animate(
      { targets: this.fade, alpha: 1, duration: FADE_MS.out * scale },
      () => this.fade.setAlpha(1),
      token.instant,
    );
    // Days later: the person is back in their everyday pose; Patrouille has a coat now.
    this.visit = visit;
    this.pose = NEUTRAL_POSE;
    this.applyTremor();
    this.applyPoseFrames();
    this.placePerson();
    this.placeDog();
    await this.animate(
      { targets: this.fade, alpha: 0, delay: FADE_MS.hold * scale, duration: FADE_MS.in * scale },
      () => this.fade.setAlpha(0),
      token.instant,
    );
  }

  // ---------- drawing state ----------

  private async loadArt(look: SettingLook, person: PersonLook): Promise<void> {
    const backgroundKey = `setting-${look.art}`;
    const width = Math.round(
      Math.min(2400, Math.max(1280, 1600 * this.layout.background.scale * window.devicePixelRatio)),
    );
    const wanted: { key: string; url: string; config: Phaser.Types.Loader.FileTypes.SVGSizeConfig }[] = [];
    if (!this.textures.exists(backgroundKey)) {
      wanted.push({ key: backgroundKey, url: look.file, config: { width, height: Math.round((width * 9) / 16) } });
    }
    if (!this.textures.exists(person.sheet)) {
      wanted.push({ key: person.sheet, url: person.file, config: { scale: RASTER } });
    }
    if (wanted.length > 0) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.load.off(Phaser.Loader.Events.COMPLETE, done);
          resolve();
        };
        // Phaser's SVG loader throws on a file that is not SVG (an HTML error page) and then
        // never completes: give up on the art rather than hold the story, and unstick the loader.
        const timer = setTimeout(() => {
          this.load.reset();
          done();
        }, ART_TIMEOUT_MS);
        for (const file of wanted) this.load.svg(file.key, file.url, file.config);
        this.load.once(Phaser.Loader.Events.COMPLETE, done);
        this.load.start();
      });
    }
    if (this.textures.exists(person.sheet)) {
      const texture = this.textures.get(person.sheet);
      addFrames(texture, PERSON_SHEET.bodies);
      addFrames(texture, PERSON_SHEET.heads);
    }
  }

  private applySetting(): void {
    const backgroundKey = `setting-${this.look.art}`;
    this.backdrop.setFillStyle(this.look.backdrop);
    // A missing file leaves the backdrop colour: the story goes on without its picture.
    const drawn = this.textures.exists(backgroundKey);
    if (drawn) this.background.setTexture(backgroundKey);
    this.background.setVisible(drawn);
    // Hidden behind the picture, the backdrop would still cost a full-screen fill.
    this.backdrop.setVisible(!drawn);
    const seatCell = PROPS_SHEET.frames[this.look.seat];
    this.seat
      .setFrame(this.look.seat)
      .setOrigin(0.5, (seatCell.height - 2) / seatCell.height)
      .setVisible(true);
    this.grate.setVisible(this.look.grate);
    this.table.setVisible(this.look.table);
    this.lampGlows.forEach((glow, index) => {
      const light = this.look.lights[index];
      glow.setVisible(light !== undefined);
      if (light !== undefined) glow.setTint(light.color);
    });
    const sheet = this.person?.sheet;
    const hasSheet = sheet !== undefined && this.textures.exists(sheet);
    this.personGroup.setVisible(hasSheet);
    this.worker.setVisible(true);
    this.applyPoseFrames();
  }

  private applyPoseFrames(): void {
    const sheet = this.person?.sheet;
    if (sheet === undefined || !this.textures.exists(sheet)) return;
    const frames = framesFor(this.pose);
    const cell = PERSON_SHEET.bodies[frames.body];
    this.body
      .setTexture(sheet, frames.body)
      .setOrigin(cell.anchor.x / cell.width, cell.anchor.y / cell.height)
      .setScale(1 / RASTER)
      .setPosition(0, 0)
      .setVisible(true);
    if (frames.head === undefined || cell.neck === undefined) {
      this.head.setVisible(false);
    } else {
      const neck = PERSON_SHEET.headNeck;
      this.head
        .setTexture(sheet, frames.head)
        .setOrigin(neck.x / 80, neck.y / 80)
        .setScale(1 / RASTER)
        .setPosition(cell.neck.x - cell.anchor.x, cell.neck.y - cell.anchor.y)
        .setVisible(true);
    }
  }

  private personTarget(): { x: number; scaleX: number; angle: number } {
    const { unit, personX } = this.layout;
    const lying = this.pose.posture === 'lying';
    return {
      // Lying: on the pavement beside the seat, head toward the worker.
      x: personX + (lying ? -70 * unit : this.pose.offset * unit),
      scaleX: this.pose.facing === 'away' ? -unit : unit,
      angle: this.pose.lean,
    };
  }

  private placePerson(): void {
    const target = this.personTarget();
    this.personGroup
      .setPosition(target.x, this.layout.groundY)
      .setScale(target.scaleX, this.layout.unit)
      .setAngle(target.angle);
  }

  private placeWorker(): void {
    this.walk.stepFrame = false;
    this.worker
      .setFrame('worker', false, false)
      .setFlipX(false)
      .setScale(this.layout.unit / RASTER)
      .setPosition(this.layout.zones[this.workerZone], this.layout.groundY);
  }

  private placeDog(): void {
    const { unit, personX, groundY } = this.layout;
    const show = this.person?.dog === true;
    this.dog
      .setVisible(show)
      .setScale(unit / RASTER)
      .setPosition(personX + 92 * unit, groundY);
    this.dogCoat
      .setVisible(show && this.visit >= 2)
      .setScale(unit / RASTER)
      .setPosition(personX + 92 * unit, groundY);
  }

  private applyLayout(): void {
    const layout = this.layout;
    const { width, height, unit, groundY, personX } = layout;
    const bg = layout.background;
    this.backdrop.setSize(width, height);
    this.background.setPosition(bg.x, bg.y);
    if (this.background.visible) this.background.setDisplaySize(1600 * bg.scale, 900 * bg.scale);
    this.lampGlows.forEach((glow, index) => {
      const light = this.look.lights[index];
      if (light === undefined) return;
      glow
        .setPosition(bg.x + light.x * bg.scale, bg.y + light.y * bg.scale)
        .setScale((light.radius * 2 * bg.scale) / (128 * RASTER))
        .setAlpha(0.32);
    });
    this.contrastDim.setSize(width, height);
    this.grate.setScale(unit / RASTER).setPosition(personX - 10 * unit, groundY + 4 * unit);
    this.seat.setScale(unit / RASTER).setPosition(personX, groundY);
    this.table.setScale(unit / RASTER).setPosition(personX + 120 * unit, groundY);
    this.placePerson();
    this.placeWorker();
    this.placeDog();
    this.rainZone.setTo(-60, -40, width + 120, 10);
    // Drops live just long enough to fall past the bottom: no per-particle bounds checks.
    this.rain.lifespan = ((height + 60) / RAIN_SLOWEST) * 1000;
    this.rain.quantity = Math.max(1, Math.round(width / 800));
    this.fade.setSize(width, height);
    const between = (layout.zones[this.workerZone] + personX) / 2;
    this.warmGlow
      .setPosition(between, groundY - 120 * unit)
      .setScale((Math.max(width * 0.6, 400 * unit) * 2) / (128 * RASTER), (300 * unit * 2) / (128 * RASTER));
    this.alarmGlow.setPosition(personX - 60 * unit, groundY - 50 * unit).setScale((520 * unit) / (128 * RASTER));
    this.applyLighting();
  }

  /**
   * The light of the moment tints what is drawn (a multiply, as a gel on a lamp) rather
   * than laying full-screen overlays over it: tints cost nothing per pixel, and software
   * WebGL on a trainee's old laptop counts every full-screen pass.
   */
  private applyLighting(): void {
    const tint = lightTint(this.light.cool, this.light.warm);
    for (const image of this.lit) image.setTint(tint);
    this.warmGlow.setAlpha(this.light.glow).setVisible(this.light.glow > 0.001);
  }

  private applyAlarm(): void {
    this.alarmPulse?.stop();
    this.alarmPulse = undefined;
    this.alarmGlow.setVisible(this.lighting.alarm).setAlpha(0.4);
    if (this.lighting.alarm && !this.reducedMotion) {
      // A slow breath of cool light, not a strobe: about one pulse a second.
      this.alarmGlow.setAlpha(0.18);
      this.alarmPulse = this.tweens.add({
        targets: this.alarmGlow,
        alpha: 0.6,
        duration: 900,
        ease: 'Sine.easeInOut',
        yoyo: true,
        repeat: -1,
      });
    }
  }

  private applyRain(): void {
    if (!this.ambience.rain) {
      this.rain.stop(true);
      this.rain.resume();
      return;
    }
    if (!this.rain.emitting) {
      this.rain.start();
      // Already raining when the scene opens, not a front of drops falling from the top.
      this.rain.fastForward(1200, 20);
    }
    // Under reduced motion the rain is still there, frozen: it says "it is raining" without moving.
    if (this.reducedMotion) this.rain.pause();
    else this.rain.resume();
  }

  private applyBreathing(): void {
    this.breathing?.stop();
    this.breathing = undefined;
    this.dog.setScale(this.layout.unit / RASTER);
    if (this.person?.dog !== true || this.reducedMotion) return;
    this.breathing = this.tweens.add({
      targets: this.dog,
      scaleY: { getEnd: () => (this.layout.unit / RASTER) * 1.035, getStart: () => this.layout.unit / RASTER },
      duration: 1700,
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: -1,
    });
  }

  private applyTremor(): void {
    this.tremor?.stop();
    this.tremor = undefined;
    this.body.setPosition(0, 0);
    if (!this.pose.tense || this.reducedMotion) return;
    this.tremor = this.tweens.add({
      targets: this.body,
      x: 2.5,
      duration: 130,
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: -1,
      repeatDelay: 420,
    });
  }

  private applyHighContrast(): void {
    const on = this.highContrast;
    this.contrastDim.setVisible(on);
    try {
      if (on && this.contrastFilter === undefined) {
        this.contrastFilter = this.cameras.main.filters.internal.addColorMatrix();
        this.contrastFilter.colorMatrix.contrast(0.3);
      }
      if (on && this.outlineFilters.length === 0) {
        for (const target of [this.personGroup, this.worker] as const) {
          target.enableFilters();
          const glow = target.filters?.internal.addGlow(0xfff3dc, 3, 0, 1, false, 8, 3);
          if (glow !== undefined) this.outlineFilters.push(glow);
        }
      }
    } catch {
      // The Canvas fallback renderer has no filters: the dimmed setting still sets the people apart.
    }
    if (this.contrastFilter !== undefined) this.contrastFilter.active = on;
    for (const filter of this.outlineFilters) filter.active = on;
  }

  // ---------- the setting's life (none of it under reduced motion) ----------

  private scheduleSweep(): void {
    this.time.delayedCall(Phaser.Math.Between(4500, 9000), () => {
      this.sweepHeadlights();
      this.scheduleSweep();
    });
  }

  private sweepHeadlights(): void {
    const sweepY = this.look.sweepY;
    if (this.reducedMotion || !this.ambience.traffic || sweepY === undefined || this.person === undefined) return;
    const { width, background } = this.layout;
    const rightToLeft = Phaser.Math.Between(0, 1) === 0;
    const reach = 180 * background.scale;
    this.sweep
      .setPosition(rightToLeft ? width + reach : -reach, background.y + sweepY * background.scale)
      .setScale((reach * 4) / (128 * RASTER), (reach * 1.2) / (128 * RASTER))
      .setAlpha(0);
    this.tweens.add({ targets: this.sweep, x: rightToLeft ? -reach : width + reach, duration: 2300, ease: 'Linear' });
    this.tweens.add({ targets: this.sweep, alpha: 0.3, duration: 1150, yoyo: true, ease: 'Sine.easeInOut' });
  }

  private scheduleFlicker(): void {
    this.time.delayedCall(Phaser.Math.Between(3000, 8000), () => {
      this.flickerLamp();
      this.scheduleFlicker();
    });
  }

  private flickerLamp(): void {
    if (this.reducedMotion) return;
    const index = this.look.lights.findIndex((light) => light.flickers);
    const glow = this.lampGlows[index];
    if (glow === undefined || !glow.visible) return;
    this.tweens.add({ targets: glow, alpha: 0.08, duration: 70, yoyo: true, repeat: 2, repeatDelay: 90 });
  }

  private onResize(size: Phaser.Structs.Size): void {
    this.cameras.resize(size.width, size.height);
    this.finishAnimations();
    this.layout = layoutStage(size.width, size.height);
    this.applyLayout();
    this.applyBreathing();
  }

  private makeDropTexture(): void {
    if (this.textures.exists('drop')) return;
    const graphics = this.make.graphics({}, false);
    graphics.fillStyle(0xffffff, 1);
    graphics.fillRect(0, 0, 2, 22);
    graphics.generateTexture('drop', 2, 22);
    graphics.destroy();
  }
}
