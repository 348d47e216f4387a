"""Units of measurement and their spoken names.

Plain data for :mod:`podcastify.script.speak`: written forms and what a US narrator
says for them, checked against Piper's espeak-ng phonemizer (voice ``en_US-joe-medium``).
"""

from __future__ import annotations

#: Unit symbols after a number and their (singular, plural) spoken forms. Matched
#: case-sensitively, longest first, with or without a space ("5 km", "5km").
UNITS: dict[str, tuple[str, str]] = {
    # length
    "km": ("kilometer", "kilometers"),
    "m": ("meter", "meters"),
    "cm": ("centimeter", "centimeters"),
    "mm": ("millimeter", "millimeters"),
    "nm": ("nanometer", "nanometers"),
    "µm": ("micrometer", "micrometers"),
    "μm": ("micrometer", "micrometers"),
    "mi": ("mile", "miles"),
    "yd": ("yard", "yards"),
    "yds": ("yard", "yards"),
    "ft": ("foot", "feet"),
    "ft.": ("foot", "feet"),
    "in.": ("inch", "inches"),
    # area and volume
    "km²": ("square kilometer", "square kilometers"),
    "m²": ("square meter", "square meters"),
    "cm²": ("square centimeter", "square centimeters"),
    "ft²": ("square foot", "square feet"),
    "sq ft": ("square foot", "square feet"),
    "sq. ft.": ("square foot", "square feet"),
    "sq mi": ("square mile", "square miles"),
    "sq km": ("square kilometer", "square kilometers"),
    "m³": ("cubic meter", "cubic meters"),
    "cm³": ("cubic centimeter", "cubic centimeters"),
    "mm³": ("cubic millimeter", "cubic millimeters"),
    "ft³": ("cubic foot", "cubic feet"),
    "in³": ("cubic inch", "cubic inches"),
    "mm²": ("square millimeter", "square millimeters"),
    "in²": ("square inch", "square inches"),
    "m2": ("square meter", "square meters"),
    "km2": ("square kilometer", "square kilometers"),
    "cm2": ("square centimeter", "square centimeters"),
    "ft2": ("square foot", "square feet"),
    "m3": ("cubic meter", "cubic meters"),
    "sq m": ("square meter", "square meters"),
    "sq. m": ("square meter", "square meters"),
    "sq. mi.": ("square mile", "square miles"),
    "cu ft": ("cubic foot", "cubic feet"),
    "cu. ft.": ("cubic foot", "cubic feet"),
    "cc": ("cubic centimeter", "cubic centimeters"),
    "ha": ("hectare", "hectares"),
    "L": ("liter", "liters"),
    "l": ("liter", "liters"),
    "ml": ("milliliter", "milliliters"),
    "mL": ("milliliter", "milliliters"),
    "cl": ("centiliter", "centiliters"),
    "gal": ("gallon", "gallons"),
    "fl oz": ("fluid ounce", "fluid ounces"),
    # cooking
    "tsp": ("teaspoon", "teaspoons"),
    "tsp.": ("teaspoon", "teaspoons"),
    "tbsp": ("tablespoon", "tablespoons"),
    "tbsp.": ("tablespoon", "tablespoons"),
    "Tbsp": ("tablespoon", "tablespoons"),
    "Tbsp.": ("tablespoon", "tablespoons"),
    # mass
    "kg": ("kilogram", "kilograms"),
    "g": ("gram", "grams"),
    "mg": ("milligram", "milligrams"),
    "µg": ("microgram", "micrograms"),
    "μg": ("microgram", "micrograms"),
    "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"),
    "oz": ("ounce", "ounces"),
    "oz.": ("ounce", "ounces"),
    "lb.": ("pound", "pounds"),
    "lbs.": ("pound", "pounds"),
    "kcal": ("kilocalorie", "kilocalories"),
    "cal": ("calorie", "calories"),
    # speed and rates
    "mph": ("mile per hour", "miles per hour"),
    "km/h": ("kilometer per hour", "kilometers per hour"),
    "kph": ("kilometer per hour", "kilometers per hour"),
    "m/s": ("meter per second", "meters per second"),
    "mpg": ("mile per gallon", "miles per gallon"),
    "ppm": ("part per million", "parts per million"),
    "kn": ("knot", "knots"),
    "kt": ("knot", "knots"),
    "kts": ("knot", "knots"),
    "fps": ("frame per second", "frames per second"),
    "rpm": ("revolution per minute", "revolutions per minute"),
    "psi": ("pound per square inch", "pounds per square inch"),
    "hp": ("horsepower", "horsepower"),
    "bhp": ("brake horsepower", "brake horsepower"),
    # temperature and angle
    "°C": ("degree Celsius", "degrees Celsius"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "° C": ("degree Celsius", "degrees Celsius"),
    "° F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
    # data
    "KB": ("kilobyte", "kilobytes"),
    "kB": ("kilobyte", "kilobytes"),
    "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"),
    "TB": ("terabyte", "terabytes"),
    "PB": ("petabyte", "petabytes"),
    "kbps": ("kilobit per second", "kilobits per second"),
    "Mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"),
    "Tbps": ("terabit per second", "terabits per second"),
    "Gb": ("gigabit", "gigabits"),
    "Mb": ("megabit", "megabits"),
    # electricity and frequency
    "V": ("volt", "volts"),
    "kV": ("kilovolt", "kilovolts"),
    "W": ("watt", "watts"),
    "kW": ("kilowatt", "kilowatts"),
    "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"),
    "kWh": ("kilowatt hour", "kilowatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"),
    "GWh": ("gigawatt hour", "gigawatt hours"),
    "TWh": ("terawatt hour", "terawatt hours"),
    "mAh": ("milliamp hour", "milliamp hours"),
    "A": ("amp", "amps"),
    "mA": ("milliamp", "milliamps"),
    "Hz": ("hertz", "hertz"),
    "kHz": ("kilohertz", "kilohertz"),
    "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"),
    "dB": ("decibel", "decibels"),
    # time
    "h": ("hour", "hours"),
    "hr": ("hour", "hours"),
    "hrs": ("hour", "hours"),
    "min": ("minute", "minutes"),
    "mins": ("minute", "minutes"),
    "sec": ("second", "seconds"),
    "secs": ("second", "seconds"),
    "ms": ("millisecond", "milliseconds"),
    "yr": ("year", "years"),
    "yrs": ("year", "years"),
}

#: Units after a slash in a rate ("10 mg/kg", "5 GB/s"): said "per" and the singular.
PER_UNIT_SYMBOLS: dict[str, str] = {
    "s": "second",
    "sec": "second",
    "min": "minute",
    "h": "hour",
    "hr": "hour",
    "day": "day",
    "kg": "kilogram",
    "g": "gram",
    "L": "liter",
    "l": "liter",
    "m²": "square meter",
    "m2": "square meter",
    "s²": "second squared",
    "km": "kilometer",
    "mi": "mile",
    "gal": "gallon",
    "dL": "deciliter",
    "ml": "milliliter",
    "mL": "milliliter",
}

#: Units that keep their case: a capital spelling of these means something else ("5G"
#: networks, "5M" dollars, "5S" phones), so "5KG" is read as kilograms but "5G" is not.
CASE_SENSITIVE_UNITS: frozenset[str] = frozenset(
    {"m", "g", "h", "l", "L", "A", "V", "W", "ms", "mi", "kn", "kt", "cc", "cal", "in."}
)

#: Lowercase words after a unit that are not the noun it describes ("5km away", "2kg more").
NOT_UNIT_NOUNS: frozenset[str] = frozenset(
    {"today", "tonight", "tomorrow", "yesterday", "away", "ago", "long", "wide", "high", "deep"}
    | {"tall", "later", "earlier", "each", "per", "more", "less", "faster", "slower", "apart"}
    | {"overnight", "daily", "weekly", "above", "below", "higher", "lower", "heavier", "lighter"}
)
