import type { TextLine } from '../../layout';

/** Props of {@link SceneText}. */
export interface SceneTextProps {
  /** A layout text line (already shortened to fit). */
  line: TextLine;
  /** Extra CSS class (colour by context). */
  className?: string;
}

/**
 * One layout text line as SVG text, in the font the layout measured it for; a shortened line
 * carries its full text as a tooltip.
 * @param props - {@link SceneTextProps}
 */
export function SceneText({ line, className }: SceneTextProps) {
  const classes = `pw-text pw-text--${line.role} pw-font--${line.family}${className ? ` ${className}` : ''}`;
  const text = (
    <text
      x={line.x}
      y={line.y}
      fontSize={line.fontSize}
      fontWeight={line.weight}
      textAnchor={line.anchor}
      className={classes}
    >
      {line.text}
    </text>
  );
  if (line.text === line.full) return text;
  return (
    <g>
      <title>{line.full}</title>
      {text}
    </g>
  );
}
