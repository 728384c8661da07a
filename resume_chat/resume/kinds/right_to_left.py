"""The words Arabic, Persian and Hebrew headings name a section's kind with (words.py adds
them to every other language's): "التعليم" and "تحصیلات" (education), "ניסיון תעסוקתי" (work
experience). Each kind's Arabic words come first, then the Persian, then the Hebrew."""

from __future__ import annotations

RIGHT_TO_LEFT: dict[str, tuple[str, ...]] = {
    # About (me), summary, profile, the career's aim.
    "summary": (
        "نبذة",
        "ملخص",
        "الملف الشخصي",
        "الهدف الوظيفي",
        "عني",
        "درباره من",
        "خلاصه",
        "هدف شغلی",
        "תקציר",
        "אודות",
        "על עצמי",
        "פרופיל",
    ),
    # Contact details, personal details.
    "contact": (
        "معلومات الاتصال",
        "التواصل",
        "البيانات الشخصية",
        "المعلومات الشخصية",
        "معلومات شخصية",
        "اطلاعات تماس",
        "مشخصات فردی",
        "اطلاعات شخصی",
        "פרטים אישיים",
        "פרטי קשר",
    ),
    # Certificates.
    "certifications": (
        "الشهادات المهنية",
        "شهادات",
        "گواهینامه",
        "گواهی",
        "תעודות",
        "הסמכות",
    ),
    # Languages.
    "languages": (
        "اللغات",
        "زبان",
        "שפות",
    ),
    # Skills, abilities.
    "skills": (
        "المهارات",
        "مهارات",
        "مهارت",
        "توانایی",
        "כישורים",
        "מיומנויות",
    ),
    # Projects.
    "projects": (
        "المشاريع",
        "مشاريع",
        "پروژه",
        "פרויקטים",
    ),
    # Experience, a record of work, employment.
    "experience": (
        "الخبرات",
        "الخبرة",
        "خبرات",
        "سجل العمل",
        "سوابق کاری",
        "سابقه کار",
        "سوابق شغلی",
        "تجربه کاری",
        "تجربیات",
        "ניסיון",
        "תעסוקה",
    ),
    # Education, qualifications, studies.
    "education": (
        "التعليم",
        "المؤهلات",
        "المؤهل العلمي",
        "التحصيل",
        "تحصیلات",
        "سوابق تحصیلی",
        "השכלה",
        "לימודים",
    ),
    # Hobbies, interests.
    "interests": (
        "الهوايات",
        "الاهتمامات",
        "علایق",
        "سرگرمی",
        "תחביבים",
        "תחומי עניין",
    ),
    # Publications, research, articles.
    "publications": (
        "المنشورات",
        "الأبحاث",
        "مقالات",
        "انتشارات",
        "פרסומים",
    ),
    # Prizes, achievements.
    "awards": (
        "الجوائز",
        "الإنجازات",
        "افتخارات",
        "جوایز",
        "פרסים",
        "הישגים",
    ),
    # Volunteering.
    "volunteering": (
        "التطوع",
        "تطوعي",
        "داوطلب",
        "התנדבות",
    ),
    # References, referees.
    "references": (
        "المراجع",
        "معرفین",
        "ממליצים",
        "המלצות",
    ),
}
