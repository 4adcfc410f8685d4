/// Dot products and updates over flat `Float` buffers, eight lanes at a time.
enum VectorMath {
    @inline(__always)
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
        var sum0 = SIMD8<Float>(), sum1 = SIMD8<Float>()
        var index = 0
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b)
        let stride = MemoryLayout<Float>.stride
        while index + 16 <= count {
            sum0 += rawA.loadUnaligned(fromByteOffset: index * stride, as: SIMD8<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: index * stride, as: SIMD8<Float>.self)
            sum1 += rawA.loadUnaligned(fromByteOffset: (index + 8) * stride, as: SIMD8<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: (index + 8) * stride, as: SIMD8<Float>.self)
            index += 16
        }
        while index + 8 <= count {
            sum0 += rawA.loadUnaligned(fromByteOffset: index * stride, as: SIMD8<Float>.self)
                * rawB.loadUnaligned(fromByteOffset: index * stride, as: SIMD8<Float>.self)
            index += 8
        }
        var sum = (sum0 + sum1).sum()
        while index < count {
            sum += a[index] * b[index]
            index += 1
        }
        return sum
    }

    /// y += alpha * x
    @inline(__always)
    static func axpy(_ alpha: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count: Int) {
        var index = 0
        let scale = SIMD8<Float>(repeating: alpha)
        let rawX = UnsafeRawPointer(x), rawY = UnsafeMutableRawPointer(y)
        let stride = MemoryLayout<Float>.stride
        while index + 8 <= count {
            let offset = index * stride
            let updated = rawY.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
                + scale * rawX.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            rawY.storeBytes(of: updated, toByteOffset: offset, as: SIMD8<Float>.self)
            index += 8
        }
        while index < count {
            y[index] += alpha * x[index]
            index += 1
        }
    }

    /// Scales `x` to unit length; leaves a zero vector as it is. Returns the old length.
    @discardableResult
    static func normalize(_ x: UnsafeMutablePointer<Float>, count: Int) -> Float {
        let length = dot(x, x, count: count).squareRoot()
        if length > 0 {
            let inverse = 1 / length
            for index in 0..<count { x[index] *= inverse }
        }
        return length
    }
}
