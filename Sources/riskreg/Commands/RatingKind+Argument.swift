import ArgumentParser
import RiskRegister

/// `--view current|target|residual`.
extension RatingKind: ExpressibleByArgument {}
