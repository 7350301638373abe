import type { Config } from "../config/schema.js";
import type { FrontEnd, FrontEndPlugin } from "../front-ends/front-end.js";
import { type ConfiguredFrontEnd, frontEndPlugins } from "../front-ends/registry.js";
import type { DigestTarget } from "./digest-target.js";

export interface TargetsFromConfig {
  targets: DigestTarget[];
  /** Why a channel that was named cannot be posted to, in words an operator can act on. */
  problems: string[];
}

/** The digest channels the configuration names, each posted to by its platform's front end. */
export function digestTargets(
  config: Config,
  frontEnds: readonly ConfiguredFrontEnd[],
  plugins: readonly FrontEndPlugin[] = frontEndPlugins,
): TargetsFromConfig {
  const targets: DigestTarget[] = [];
  const problems: string[] = [];
  for (const plugin of plugins) {
    const wanted = plugin.settings.digestChannel(config);
    if (!wanted) continue;
    const frontEnd = frontEnds.find((configured) => configured.plugin === plugin)?.frontEnd;
    if ("problem" in wanted || !frontEnd) {
      problems.push("problem" in wanted ? wanted.problem : `${plugin.name} is not configured`);
      continue;
    }
    targets.push(targetFor(frontEnd, wanted.channel));
  }
  return { targets, problems };
}

/** A front end's channel as a digest target. */
export function targetFor(frontEnd: FrontEnd, channel: string): DigestTarget {
  return {
    id: `${frontEnd.name}:${channel}`,
    post: (reply, context) => frontEnd.post(channel, reply, context),
    preview: (reply) => frontEnd.preview(reply),
  };
}
