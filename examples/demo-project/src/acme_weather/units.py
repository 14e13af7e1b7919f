"""Temperature units and conversions."""

from __future__ import annotations

import enum
from dataclasses import dataclass

ABSOLUTE_ZERO_C = -273.15


class Unit(str, enum.Enum):
    """Temperature units understood by the API (``?units=`` query value)."""

    CELSIUS = "metric"
    FAHRENHEIT = "imperial"
    KELVIN = "standard"

    @property
    def symbol(self) -> str:
        return {"metric": "°C", "imperial": "°F", "standard": "K"}[self.value]


def celsius_to_fahrenheit(value: float) -> float:
    return value * 9.0 / 5.0 + 32.0


def fahrenheit_to_celsius(value: float) -> float:
    return (value - 32.0) * 5.0 / 9.0


def kelvin_to_celsius(value: float) -> float:
    if value < 0:
        raise ValueError(f"temperature below absolute zero: {value} K")
    return value + ABSOLUTE_ZERO_C


@dataclass(frozen=True)
class Temperature:
    """A temperature reading, stored internally in degrees Celsius."""

    celsius: float

    def __post_init__(self) -> None:
        if self.celsius < ABSOLUTE_ZERO_C:
            raise ValueError(f"temperature below absolute zero: {self.celsius} °C")

    @classmethod
    def from_unit(cls, value: float, unit: Unit) -> Temperature:
        if unit is Unit.CELSIUS:
            return cls(value)
        if unit is Unit.FAHRENHEIT:
            return cls(fahrenheit_to_celsius(value))
        return cls(kelvin_to_celsius(value))

    def to(self, unit: Unit) -> float:
        if unit is Unit.CELSIUS:
            return self.celsius
        if unit is Unit.FAHRENHEIT:
            return celsius_to_fahrenheit(self.celsius)
        return self.celsius - ABSOLUTE_ZERO_C

    def format(self, unit: Unit = Unit.CELSIUS, digits: int = 1) -> str:
        return f"{self.to(unit):.{digits}f} {unit.symbol}"
