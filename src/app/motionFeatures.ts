/**
 * framer-motion's animation features, loaded after first paint by `LazyMotion` (App.tsx):
 * the diagram uses `m.*` components, which carry no features of their own. `domAnimation`
 * covers animate/exit/variants and hover/tap/focus; no drag or layout animations are used.
 */
import { domAnimation } from 'motion/react';

export default domAnimation;
