"""What a picture in a resume says: a photo's alt text says nothing, a badge names a skill."""

from __future__ import annotations

from resume_chat import patterns

# An image's alt text that only says it is a photo ("Profile Image", "avatar"), or Word's own
# guess at a picture ("A child in a white shirt Description automatically generated with
# medium confidence"): no content.
PHOTO = patterns.compile(
    r"(?i)(my |a |the )?(profile |personal )?(image|photo\w*|picture|pic|avatar|headshot"
    r"|portrait|selfie|me)( of me)?|(?s:.{0,300}(?:\bautomatically generated\b"
    # Word's guess in its other languages: "Изображение выглядит как кот … Автоматически
    # созданное описание", "Descripción generada automáticamente", "自動的に生成された説明".
    r"|автоматически созданное|generad[ao] automáticamente|gerad[ao] automaticamente"
    r"|générée automatiquement|automatisch generierte|generata automaticamente"
    r"|wygenerowany automatycznie|automatisch gegenereerde|vytvořen automaticky"
    r"|otomatik olarak oluşturulan|自动生成|自動的に生成|자동 생성).{0,60})"
    # Word's mark for a picture that is only a decoration.
    r"|decorative|декоративный элемент"
    # A logo named like its file ("icp_logo", "logo-uwo"): it names nothing a reader sees.
    r"|\w*[_-]logo|logo([_-]\w*)?"
    # The picture's file, as Word keeps it ("E:\Фото\IMG_9122.JPG").
    r"|(?s:.{0,300}\.(?:jpe?g|png|gif|bmp|tiff?|webp|heic|svg))"
)


# A shields.io badge ("img.shields.io/badge/Tailwind-38B2AC?logo=…"): profile READMEs list
# their skills as these, often with no alt text; the badge's label names the skill.
_BADGE = r"(?i)img\.shields\.io/badge/([^/?#]+)"


def badge_label(src: str) -> str:
    """The label a shields.io badge's address shows, or "" for any other picture."""
    found = patterns.search(_BADGE, src)
    if not found:
        return ""
    from urllib.parse import unquote

    # "-" parts the label from the message and colour; "--" is a dash, "_" a space.
    label = patterns.split(r"(?<!-)-(?!-)", found.group(1))[0]
    return (
        unquote(label.replace("--", "-").replace("__", "\0").replace("_", " "))
        .replace("\0", "_")
        .strip()
    )
