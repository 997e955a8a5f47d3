; ModuleID = 'libb2-0.98.1/src/blake2s-ref.c'
source_filename = "libb2-0.98.1/src/blake2s-ref.c"
target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"
target triple = "riscv32-unknown-unknown-elf"

%struct.__blake2s_state = type <{ [8 x i32], [2 x i32], [2 x i32], [128 x i8], i32, i8, i8 }>
%struct.__blake2s_param = type { i8, i8, i8, i8, i32, [6 x i8], i8, i8, [8 x i8], [8 x i8] }

@blake2s_IV = internal constant [8 x i32] [i32 1779033703, i32 -1150833019, i32 1013904242, i32 -1521486534, i32 1359893119, i32 -1694144372, i32 528734635, i32 1541459225], align 4
@blake2s_sigma = internal constant [10 x [16 x i8]] [[16 x i8] c"\00\01\02\03\04\05\06\07\08\09\0A\0B\0C\0D\0E\0F", [16 x i8] c"\0E\0A\04\08\09\0F\0D\06\01\0C\00\02\0B\07\05\03", [16 x i8] c"\0B\08\0C\00\05\02\0F\0D\0A\0E\03\06\07\01\09\04", [16 x i8] c"\07\09\03\01\0D\0C\0B\0E\02\06\05\0A\04\00\0F\08", [16 x i8] c"\09\00\05\07\02\04\0A\0F\0E\01\0B\0C\06\08\03\0D", [16 x i8] c"\02\0C\06\0A\00\0B\08\03\04\0D\07\05\0F\0E\01\09", [16 x i8] c"\0C\05\01\0F\0E\0D\04\0A\00\07\06\03\09\02\08\0B", [16 x i8] c"\0D\0B\07\0E\0C\01\03\09\05\00\0F\04\08\06\02\0A", [16 x i8] c"\06\0F\0E\09\0B\03\00\08\0C\02\0D\07\01\04\0A\05", [16 x i8] c"\0A\02\08\04\07\06\01\05\0F\0B\09\0E\03\0C\0D\00"], align 1

; Function Attrs: noinline nounwind
define dso_local i32 @blake2s_init_paramSUFFIX(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %7 = load ptr, ptr %3, align 4
  %8 = call i32 @blake2s_init0(ptr noundef %7)
  %9 = load ptr, ptr %4, align 4
  store ptr %9, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %10

10:                                               ; preds = %24, %2
  %11 = load i32, ptr %6, align 4
  %12 = icmp ult i32 %11, 8
  br i1 %12, label %13, label %27

13:                                               ; preds = %10
  %14 = load ptr, ptr %5, align 4
  %15 = load i32, ptr %6, align 4
  %16 = getelementptr inbounds i32, ptr %14, i32 %15
  %17 = call i32 @load32(ptr noundef %16)
  %18 = load ptr, ptr %3, align 4
  %19 = getelementptr inbounds %struct.__blake2s_state, ptr %18, i32 0, i32 0
  %20 = load i32, ptr %6, align 4
  %21 = getelementptr inbounds [8 x i32], ptr %19, i32 0, i32 %20
  %22 = load i32, ptr %21, align 1
  %23 = xor i32 %22, %17
  store i32 %23, ptr %21, align 1
  br label %24

24:                                               ; preds = %13
  %25 = load i32, ptr %6, align 4
  %26 = add i32 %25, 1
  store i32 %26, ptr %6, align 4
  br label %10, !llvm.loop !7

27:                                               ; preds = %10
  %28 = load ptr, ptr %4, align 4
  %29 = getelementptr inbounds %struct.__blake2s_param, ptr %28, i32 0, i32 0
  %30 = load i8, ptr %29, align 1
  %31 = load ptr, ptr %3, align 4
  %32 = getelementptr inbounds %struct.__blake2s_state, ptr %31, i32 0, i32 5
  store i8 %30, ptr %32, align 1
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @blake2s_init0(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 4
  %4 = load ptr, ptr %2, align 4
  call void @llvm.memset.p0.i32(ptr align 1 %4, i8 0, i32 182, i1 false)
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %16, %1
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 8
  br i1 %7, label %8, label %19

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4
  %10 = getelementptr inbounds [8 x i32], ptr @blake2s_IV, i32 0, i32 %9
  %11 = load i32, ptr %10, align 4
  %12 = load ptr, ptr %2, align 4
  %13 = getelementptr inbounds %struct.__blake2s_state, ptr %12, i32 0, i32 0
  %14 = load i32, ptr %3, align 4
  %15 = getelementptr inbounds [8 x i32], ptr %13, i32 0, i32 %14
  store i32 %11, ptr %15, align 1
  br label %16

16:                                               ; preds = %8
  %17 = load i32, ptr %3, align 4
  %18 = add nsw i32 %17, 1
  store i32 %18, ptr %3, align 4
  br label %5, !llvm.loop !9

19:                                               ; preds = %5
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @load32(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %2, align 4
  %5 = load ptr, ptr %2, align 4
  store ptr %5, ptr %3, align 4
  %6 = load ptr, ptr %3, align 4
  %7 = getelementptr inbounds i8, ptr %6, i32 1
  store ptr %7, ptr %3, align 4
  %8 = load i8, ptr %6, align 1
  %9 = zext i8 %8 to i32
  store i32 %9, ptr %4, align 4
  %10 = load ptr, ptr %3, align 4
  %11 = getelementptr inbounds i8, ptr %10, i32 1
  store ptr %11, ptr %3, align 4
  %12 = load i8, ptr %10, align 1
  %13 = zext i8 %12 to i32
  %14 = shl i32 %13, 8
  %15 = load i32, ptr %4, align 4
  %16 = or i32 %15, %14
  store i32 %16, ptr %4, align 4
  %17 = load ptr, ptr %3, align 4
  %18 = getelementptr inbounds i8, ptr %17, i32 1
  store ptr %18, ptr %3, align 4
  %19 = load i8, ptr %17, align 1
  %20 = zext i8 %19 to i32
  %21 = shl i32 %20, 16
  %22 = load i32, ptr %4, align 4
  %23 = or i32 %22, %21
  store i32 %23, ptr %4, align 4
  %24 = load ptr, ptr %3, align 4
  %25 = getelementptr inbounds i8, ptr %24, i32 1
  store ptr %25, ptr %3, align 4
  %26 = load i8, ptr %24, align 1
  %27 = zext i8 %26 to i32
  %28 = shl i32 %27, 24
  %29 = load i32, ptr %4, align 4
  %30 = or i32 %29, %28
  store i32 %30, ptr %4, align 4
  %31 = load i32, ptr %4, align 4
  ret i32 %31
}

; Function Attrs: noinline nounwind
define dso_local i32 @blake2s_initSUFFIX(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca [1 x %struct.__blake2s_param], align 1
  store ptr %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %7 = load i32, ptr %5, align 4
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %12

9:                                                ; preds = %2
  %10 = load i32, ptr %5, align 4
  %11 = icmp ugt i32 %10, 32
  br i1 %11, label %12, label %13

12:                                               ; preds = %9, %2
  store i32 -1, ptr %3, align 4
  br label %41

13:                                               ; preds = %9
  %14 = load i32, ptr %5, align 4
  %15 = trunc i32 %14 to i8
  %16 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %17 = getelementptr inbounds %struct.__blake2s_param, ptr %16, i32 0, i32 0
  store i8 %15, ptr %17, align 1
  %18 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %19 = getelementptr inbounds %struct.__blake2s_param, ptr %18, i32 0, i32 1
  store i8 0, ptr %19, align 1
  %20 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %21 = getelementptr inbounds %struct.__blake2s_param, ptr %20, i32 0, i32 2
  store i8 1, ptr %21, align 1
  %22 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %23 = getelementptr inbounds %struct.__blake2s_param, ptr %22, i32 0, i32 3
  store i8 1, ptr %23, align 1
  %24 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %25 = getelementptr inbounds %struct.__blake2s_param, ptr %24, i32 0, i32 4
  call void @store32(ptr noundef %25, i32 noundef 0)
  %26 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %27 = getelementptr inbounds %struct.__blake2s_param, ptr %26, i32 0, i32 5
  call void @store48(ptr noundef %27, i64 noundef 0)
  %28 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %29 = getelementptr inbounds %struct.__blake2s_param, ptr %28, i32 0, i32 6
  store i8 0, ptr %29, align 1
  %30 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %31 = getelementptr inbounds %struct.__blake2s_param, ptr %30, i32 0, i32 7
  store i8 0, ptr %31, align 1
  %32 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %33 = getelementptr inbounds %struct.__blake2s_param, ptr %32, i32 0, i32 8
  %34 = getelementptr inbounds [8 x i8], ptr %33, i32 0, i32 0
  call void @llvm.memset.p0.i32(ptr align 1 %34, i8 0, i32 8, i1 false)
  %35 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %36 = getelementptr inbounds %struct.__blake2s_param, ptr %35, i32 0, i32 9
  %37 = getelementptr inbounds [8 x i8], ptr %36, i32 0, i32 0
  call void @llvm.memset.p0.i32(ptr align 1 %37, i8 0, i32 8, i1 false)
  %38 = load ptr, ptr %4, align 4
  %39 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %6, i32 0, i32 0
  %40 = call i32 @blake2s_init_paramSUFFIX(ptr noundef %38, ptr noundef %39)
  store i32 %40, ptr %3, align 4
  br label %41

41:                                               ; preds = %13, %12
  %42 = load i32, ptr %3, align 4
  ret i32 %42
}

; Function Attrs: noinline nounwind
define internal void @store32(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %6 = load ptr, ptr %3, align 4
  store ptr %6, ptr %5, align 4
  %7 = load i32, ptr %4, align 4
  %8 = trunc i32 %7 to i8
  %9 = load ptr, ptr %5, align 4
  %10 = getelementptr inbounds i8, ptr %9, i32 1
  store ptr %10, ptr %5, align 4
  store i8 %8, ptr %9, align 1
  %11 = load i32, ptr %4, align 4
  %12 = lshr i32 %11, 8
  store i32 %12, ptr %4, align 4
  %13 = load i32, ptr %4, align 4
  %14 = trunc i32 %13 to i8
  %15 = load ptr, ptr %5, align 4
  %16 = getelementptr inbounds i8, ptr %15, i32 1
  store ptr %16, ptr %5, align 4
  store i8 %14, ptr %15, align 1
  %17 = load i32, ptr %4, align 4
  %18 = lshr i32 %17, 8
  store i32 %18, ptr %4, align 4
  %19 = load i32, ptr %4, align 4
  %20 = trunc i32 %19 to i8
  %21 = load ptr, ptr %5, align 4
  %22 = getelementptr inbounds i8, ptr %21, i32 1
  store ptr %22, ptr %5, align 4
  store i8 %20, ptr %21, align 1
  %23 = load i32, ptr %4, align 4
  %24 = lshr i32 %23, 8
  store i32 %24, ptr %4, align 4
  %25 = load i32, ptr %4, align 4
  %26 = trunc i32 %25 to i8
  %27 = load ptr, ptr %5, align 4
  %28 = getelementptr inbounds i8, ptr %27, i32 1
  store ptr %28, ptr %5, align 4
  store i8 %26, ptr %27, align 1
  ret void
}

; Function Attrs: noinline nounwind
define internal void @store48(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store i64 %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 4
  store ptr %6, ptr %5, align 4
  %7 = load i64, ptr %4, align 8
  %8 = trunc i64 %7 to i8
  %9 = load ptr, ptr %5, align 4
  %10 = getelementptr inbounds i8, ptr %9, i32 1
  store ptr %10, ptr %5, align 4
  store i8 %8, ptr %9, align 1
  %11 = load i64, ptr %4, align 8
  %12 = lshr i64 %11, 8
  store i64 %12, ptr %4, align 8
  %13 = load i64, ptr %4, align 8
  %14 = trunc i64 %13 to i8
  %15 = load ptr, ptr %5, align 4
  %16 = getelementptr inbounds i8, ptr %15, i32 1
  store ptr %16, ptr %5, align 4
  store i8 %14, ptr %15, align 1
  %17 = load i64, ptr %4, align 8
  %18 = lshr i64 %17, 8
  store i64 %18, ptr %4, align 8
  %19 = load i64, ptr %4, align 8
  %20 = trunc i64 %19 to i8
  %21 = load ptr, ptr %5, align 4
  %22 = getelementptr inbounds i8, ptr %21, i32 1
  store ptr %22, ptr %5, align 4
  store i8 %20, ptr %21, align 1
  %23 = load i64, ptr %4, align 8
  %24 = lshr i64 %23, 8
  store i64 %24, ptr %4, align 8
  %25 = load i64, ptr %4, align 8
  %26 = trunc i64 %25 to i8
  %27 = load ptr, ptr %5, align 4
  %28 = getelementptr inbounds i8, ptr %27, i32 1
  store ptr %28, ptr %5, align 4
  store i8 %26, ptr %27, align 1
  %29 = load i64, ptr %4, align 8
  %30 = lshr i64 %29, 8
  store i64 %30, ptr %4, align 8
  %31 = load i64, ptr %4, align 8
  %32 = trunc i64 %31 to i8
  %33 = load ptr, ptr %5, align 4
  %34 = getelementptr inbounds i8, ptr %33, i32 1
  store ptr %34, ptr %5, align 4
  store i8 %32, ptr %33, align 1
  %35 = load i64, ptr %4, align 8
  %36 = lshr i64 %35, 8
  store i64 %36, ptr %4, align 8
  %37 = load i64, ptr %4, align 8
  %38 = trunc i64 %37 to i8
  %39 = load ptr, ptr %5, align 4
  %40 = getelementptr inbounds i8, ptr %39, i32 1
  store ptr %40, ptr %5, align 4
  store i8 %38, ptr %39, align 1
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #1

; Function Attrs: noinline nounwind
define dso_local i32 @blake2s_init_keySUFFIX(ptr noundef %0, i32 noundef %1, ptr noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca i32, align 4
  %10 = alloca [1 x %struct.__blake2s_param], align 1
  %11 = alloca [64 x i8], align 1
  store ptr %0, ptr %6, align 4
  store i32 %1, ptr %7, align 4
  store ptr %2, ptr %8, align 4
  store i32 %3, ptr %9, align 4
  %12 = load i32, ptr %7, align 4
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %14, label %17

14:                                               ; preds = %4
  %15 = load i32, ptr %7, align 4
  %16 = icmp ugt i32 %15, 32
  br i1 %16, label %17, label %18

17:                                               ; preds = %14, %4
  store i32 -1, ptr %5, align 4
  br label %69

18:                                               ; preds = %14
  %19 = load ptr, ptr %8, align 4
  %20 = icmp ne ptr %19, null
  br i1 %20, label %21, label %27

21:                                               ; preds = %18
  %22 = load i32, ptr %9, align 4
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %27

24:                                               ; preds = %21
  %25 = load i32, ptr %9, align 4
  %26 = icmp ugt i32 %25, 32
  br i1 %26, label %27, label %28

27:                                               ; preds = %24, %21, %18
  store i32 -1, ptr %5, align 4
  br label %69

28:                                               ; preds = %24
  %29 = load i32, ptr %7, align 4
  %30 = trunc i32 %29 to i8
  %31 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %32 = getelementptr inbounds %struct.__blake2s_param, ptr %31, i32 0, i32 0
  store i8 %30, ptr %32, align 1
  %33 = load i32, ptr %9, align 4
  %34 = trunc i32 %33 to i8
  %35 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %36 = getelementptr inbounds %struct.__blake2s_param, ptr %35, i32 0, i32 1
  store i8 %34, ptr %36, align 1
  %37 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %38 = getelementptr inbounds %struct.__blake2s_param, ptr %37, i32 0, i32 2
  store i8 1, ptr %38, align 1
  %39 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %40 = getelementptr inbounds %struct.__blake2s_param, ptr %39, i32 0, i32 3
  store i8 1, ptr %40, align 1
  %41 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %42 = getelementptr inbounds %struct.__blake2s_param, ptr %41, i32 0, i32 4
  call void @store32(ptr noundef %42, i32 noundef 0)
  %43 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %44 = getelementptr inbounds %struct.__blake2s_param, ptr %43, i32 0, i32 5
  call void @store48(ptr noundef %44, i64 noundef 0)
  %45 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %46 = getelementptr inbounds %struct.__blake2s_param, ptr %45, i32 0, i32 6
  store i8 0, ptr %46, align 1
  %47 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %48 = getelementptr inbounds %struct.__blake2s_param, ptr %47, i32 0, i32 7
  store i8 0, ptr %48, align 1
  %49 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %50 = getelementptr inbounds %struct.__blake2s_param, ptr %49, i32 0, i32 8
  %51 = getelementptr inbounds [8 x i8], ptr %50, i32 0, i32 0
  call void @llvm.memset.p0.i32(ptr align 1 %51, i8 0, i32 8, i1 false)
  %52 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %53 = getelementptr inbounds %struct.__blake2s_param, ptr %52, i32 0, i32 9
  %54 = getelementptr inbounds [8 x i8], ptr %53, i32 0, i32 0
  call void @llvm.memset.p0.i32(ptr align 1 %54, i8 0, i32 8, i1 false)
  %55 = load ptr, ptr %6, align 4
  %56 = getelementptr inbounds [1 x %struct.__blake2s_param], ptr %10, i32 0, i32 0
  %57 = call i32 @blake2s_init_paramSUFFIX(ptr noundef %55, ptr noundef %56)
  %58 = icmp slt i32 %57, 0
  br i1 %58, label %59, label %60

59:                                               ; preds = %28
  store i32 -1, ptr %5, align 4
  br label %69

60:                                               ; preds = %28
  %61 = getelementptr inbounds [64 x i8], ptr %11, i32 0, i32 0
  call void @llvm.memset.p0.i32(ptr align 1 %61, i8 0, i32 64, i1 false)
  %62 = getelementptr inbounds [64 x i8], ptr %11, i32 0, i32 0
  %63 = load ptr, ptr %8, align 4
  %64 = load i32, ptr %9, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %62, ptr align 1 %63, i32 %64, i1 false)
  %65 = load ptr, ptr %6, align 4
  %66 = getelementptr inbounds [64 x i8], ptr %11, i32 0, i32 0
  %67 = call i32 @blake2s_updateSUFFIX(ptr noundef %65, ptr noundef %66, i32 noundef 64)
  %68 = getelementptr inbounds [64 x i8], ptr %11, i32 0, i32 0
  call void @secure_zero_memory(ptr noundef %68, i32 noundef 64)
  store i32 0, ptr %5, align 4
  br label %69

69:                                               ; preds = %60, %59, %27, %17
  %70 = load i32, ptr %5, align 4
  ret i32 %70
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #2

; Function Attrs: noinline nounwind
define dso_local i32 @blake2s_updateSUFFIX(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  br label %9

9:                                                ; preds = %77, %3
  %10 = load i32, ptr %6, align 4
  %11 = icmp ugt i32 %10, 0
  br i1 %11, label %12, label %78

12:                                               ; preds = %9
  %13 = load ptr, ptr %4, align 4
  %14 = getelementptr inbounds %struct.__blake2s_state, ptr %13, i32 0, i32 4
  %15 = load i32, ptr %14, align 1
  store i32 %15, ptr %7, align 4
  %16 = load i32, ptr %7, align 4
  %17 = sub i32 128, %16
  store i32 %17, ptr %8, align 4
  %18 = load i32, ptr %6, align 4
  %19 = load i32, ptr %8, align 4
  %20 = icmp ugt i32 %18, %19
  br i1 %20, label %21, label %58

21:                                               ; preds = %12
  %22 = load ptr, ptr %4, align 4
  %23 = getelementptr inbounds %struct.__blake2s_state, ptr %22, i32 0, i32 3
  %24 = getelementptr inbounds [128 x i8], ptr %23, i32 0, i32 0
  %25 = load i32, ptr %7, align 4
  %26 = getelementptr inbounds i8, ptr %24, i32 %25
  %27 = load ptr, ptr %5, align 4
  %28 = load i32, ptr %8, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %26, ptr align 1 %27, i32 %28, i1 false)
  %29 = load i32, ptr %8, align 4
  %30 = load ptr, ptr %4, align 4
  %31 = getelementptr inbounds %struct.__blake2s_state, ptr %30, i32 0, i32 4
  %32 = load i32, ptr %31, align 1
  %33 = add i32 %32, %29
  store i32 %33, ptr %31, align 1
  %34 = load ptr, ptr %4, align 4
  %35 = call i32 @blake2s_increment_counter(ptr noundef %34, i32 noundef 64)
  %36 = load ptr, ptr %4, align 4
  %37 = load ptr, ptr %4, align 4
  %38 = getelementptr inbounds %struct.__blake2s_state, ptr %37, i32 0, i32 3
  %39 = getelementptr inbounds [128 x i8], ptr %38, i32 0, i32 0
  %40 = call i32 @blake2s_compress(ptr noundef %36, ptr noundef %39)
  %41 = load ptr, ptr %4, align 4
  %42 = getelementptr inbounds %struct.__blake2s_state, ptr %41, i32 0, i32 3
  %43 = getelementptr inbounds [128 x i8], ptr %42, i32 0, i32 0
  %44 = load ptr, ptr %4, align 4
  %45 = getelementptr inbounds %struct.__blake2s_state, ptr %44, i32 0, i32 3
  %46 = getelementptr inbounds [128 x i8], ptr %45, i32 0, i32 0
  %47 = getelementptr inbounds i8, ptr %46, i32 64
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %43, ptr align 1 %47, i32 64, i1 false)
  %48 = load ptr, ptr %4, align 4
  %49 = getelementptr inbounds %struct.__blake2s_state, ptr %48, i32 0, i32 4
  %50 = load i32, ptr %49, align 1
  %51 = sub i32 %50, 64
  store i32 %51, ptr %49, align 1
  %52 = load i32, ptr %8, align 4
  %53 = load ptr, ptr %5, align 4
  %54 = getelementptr inbounds i8, ptr %53, i32 %52
  store ptr %54, ptr %5, align 4
  %55 = load i32, ptr %8, align 4
  %56 = load i32, ptr %6, align 4
  %57 = sub i32 %56, %55
  store i32 %57, ptr %6, align 4
  br label %77

58:                                               ; preds = %12
  %59 = load ptr, ptr %4, align 4
  %60 = getelementptr inbounds %struct.__blake2s_state, ptr %59, i32 0, i32 3
  %61 = getelementptr inbounds [128 x i8], ptr %60, i32 0, i32 0
  %62 = load i32, ptr %7, align 4
  %63 = getelementptr inbounds i8, ptr %61, i32 %62
  %64 = load ptr, ptr %5, align 4
  %65 = load i32, ptr %6, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %63, ptr align 1 %64, i32 %65, i1 false)
  %66 = load i32, ptr %6, align 4
  %67 = load ptr, ptr %4, align 4
  %68 = getelementptr inbounds %struct.__blake2s_state, ptr %67, i32 0, i32 4
  %69 = load i32, ptr %68, align 1
  %70 = add i32 %69, %66
  store i32 %70, ptr %68, align 1
  %71 = load i32, ptr %6, align 4
  %72 = load ptr, ptr %5, align 4
  %73 = getelementptr inbounds i8, ptr %72, i32 %71
  store ptr %73, ptr %5, align 4
  %74 = load i32, ptr %6, align 4
  %75 = load i32, ptr %6, align 4
  %76 = sub i32 %75, %74
  store i32 %76, ptr %6, align 4
  br label %77

77:                                               ; preds = %58, %21
  br label %9, !llvm.loop !10

78:                                               ; preds = %9
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal void @secure_zero_memory(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  call void @llvm.memset.p0.i32(ptr align 1 %5, i8 0, i32 %6, i1 false)
  %7 = load ptr, ptr %3, align 4
  call void asm sideeffect "", "r,~{memory}"(ptr %7) #3, !srcloc !11
  ret void
}

; Function Attrs: noinline nounwind
define internal i32 @blake2s_increment_counter(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %4, align 4
  %6 = load ptr, ptr %3, align 4
  %7 = getelementptr inbounds %struct.__blake2s_state, ptr %6, i32 0, i32 1
  %8 = getelementptr inbounds [2 x i32], ptr %7, i32 0, i32 0
  %9 = load i32, ptr %8, align 1
  %10 = add i32 %9, %5
  store i32 %10, ptr %8, align 1
  %11 = load ptr, ptr %3, align 4
  %12 = getelementptr inbounds %struct.__blake2s_state, ptr %11, i32 0, i32 1
  %13 = getelementptr inbounds [2 x i32], ptr %12, i32 0, i32 0
  %14 = load i32, ptr %13, align 1
  %15 = load i32, ptr %4, align 4
  %16 = icmp ult i32 %14, %15
  %17 = zext i1 %16 to i32
  %18 = load ptr, ptr %3, align 4
  %19 = getelementptr inbounds %struct.__blake2s_state, ptr %18, i32 0, i32 1
  %20 = getelementptr inbounds [2 x i32], ptr %19, i32 0, i32 1
  %21 = load i32, ptr %20, align 1
  %22 = add i32 %21, %17
  store i32 %22, ptr %20, align 1
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i32 @blake2s_compress(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca [16 x i32], align 4
  %6 = alloca [16 x i32], align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  store i32 0, ptr %7, align 4
  br label %10

10:                                               ; preds = %21, %2
  %11 = load i32, ptr %7, align 4
  %12 = icmp ult i32 %11, 16
  br i1 %12, label %13, label %24

13:                                               ; preds = %10
  %14 = load ptr, ptr %4, align 4
  %15 = load i32, ptr %7, align 4
  %16 = mul i32 %15, 4
  %17 = getelementptr inbounds i8, ptr %14, i32 %16
  %18 = call i32 @load32(ptr noundef %17)
  %19 = load i32, ptr %7, align 4
  %20 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %19
  store i32 %18, ptr %20, align 4
  br label %21

21:                                               ; preds = %13
  %22 = load i32, ptr %7, align 4
  %23 = add i32 %22, 1
  store i32 %23, ptr %7, align 4
  br label %10, !llvm.loop !12

24:                                               ; preds = %10
  store i32 0, ptr %8, align 4
  br label %25

25:                                               ; preds = %36, %24
  %26 = load i32, ptr %8, align 4
  %27 = icmp ult i32 %26, 8
  br i1 %27, label %28, label %39

28:                                               ; preds = %25
  %29 = load ptr, ptr %3, align 4
  %30 = getelementptr inbounds %struct.__blake2s_state, ptr %29, i32 0, i32 0
  %31 = load i32, ptr %8, align 4
  %32 = getelementptr inbounds [8 x i32], ptr %30, i32 0, i32 %31
  %33 = load i32, ptr %32, align 1
  %34 = load i32, ptr %8, align 4
  %35 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 %34
  store i32 %33, ptr %35, align 4
  br label %36

36:                                               ; preds = %28
  %37 = load i32, ptr %8, align 4
  %38 = add i32 %37, 1
  store i32 %38, ptr %8, align 4
  br label %25, !llvm.loop !13

39:                                               ; preds = %25
  %40 = load i32, ptr @blake2s_IV, align 4
  %41 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %40, ptr %41, align 4
  %42 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @blake2s_IV, i32 0, i32 1), align 4
  %43 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %42, ptr %43, align 4
  %44 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @blake2s_IV, i32 0, i32 2), align 4
  %45 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %44, ptr %45, align 4
  %46 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @blake2s_IV, i32 0, i32 3), align 4
  %47 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %46, ptr %47, align 4
  %48 = load ptr, ptr %3, align 4
  %49 = getelementptr inbounds %struct.__blake2s_state, ptr %48, i32 0, i32 1
  %50 = getelementptr inbounds [2 x i32], ptr %49, i32 0, i32 0
  %51 = load i32, ptr %50, align 1
  %52 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @blake2s_IV, i32 0, i32 4), align 4
  %53 = xor i32 %51, %52
  %54 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %53, ptr %54, align 4
  %55 = load ptr, ptr %3, align 4
  %56 = getelementptr inbounds %struct.__blake2s_state, ptr %55, i32 0, i32 1
  %57 = getelementptr inbounds [2 x i32], ptr %56, i32 0, i32 1
  %58 = load i32, ptr %57, align 1
  %59 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @blake2s_IV, i32 0, i32 5), align 4
  %60 = xor i32 %58, %59
  %61 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %60, ptr %61, align 4
  %62 = load ptr, ptr %3, align 4
  %63 = getelementptr inbounds %struct.__blake2s_state, ptr %62, i32 0, i32 2
  %64 = getelementptr inbounds [2 x i32], ptr %63, i32 0, i32 0
  %65 = load i32, ptr %64, align 1
  %66 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @blake2s_IV, i32 0, i32 6), align 4
  %67 = xor i32 %65, %66
  %68 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %67, ptr %68, align 4
  %69 = load ptr, ptr %3, align 4
  %70 = getelementptr inbounds %struct.__blake2s_state, ptr %69, i32 0, i32 2
  %71 = getelementptr inbounds [2 x i32], ptr %70, i32 0, i32 1
  %72 = load i32, ptr %71, align 1
  %73 = load i32, ptr getelementptr inbounds ([8 x i32], ptr @blake2s_IV, i32 0, i32 7), align 4
  %74 = xor i32 %72, %73
  %75 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %74, ptr %75, align 4
  br label %76

76:                                               ; preds = %39
  br label %77

77:                                               ; preds = %76
  %78 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %79 = load i32, ptr %78, align 4
  %80 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %81 = load i32, ptr %80, align 4
  %82 = add i32 %79, %81
  %83 = load i8, ptr @blake2s_sigma, align 1
  %84 = zext i8 %83 to i32
  %85 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %84
  %86 = load i32, ptr %85, align 4
  %87 = add i32 %82, %86
  %88 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %87, ptr %88, align 4
  %89 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %90 = load i32, ptr %89, align 4
  %91 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %92 = load i32, ptr %91, align 4
  %93 = xor i32 %90, %92
  %94 = call i32 @rotr32(i32 noundef %93, i32 noundef 16)
  %95 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %94, ptr %95, align 4
  %96 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %97 = load i32, ptr %96, align 4
  %98 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %99 = load i32, ptr %98, align 4
  %100 = add i32 %97, %99
  %101 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %100, ptr %101, align 4
  %102 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %103 = load i32, ptr %102, align 4
  %104 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %105 = load i32, ptr %104, align 4
  %106 = xor i32 %103, %105
  %107 = call i32 @rotr32(i32 noundef %106, i32 noundef 12)
  %108 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %107, ptr %108, align 4
  %109 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %110 = load i32, ptr %109, align 4
  %111 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %112 = load i32, ptr %111, align 4
  %113 = add i32 %110, %112
  %114 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 1), align 1
  %115 = zext i8 %114 to i32
  %116 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %115
  %117 = load i32, ptr %116, align 4
  %118 = add i32 %113, %117
  %119 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %118, ptr %119, align 4
  %120 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %121 = load i32, ptr %120, align 4
  %122 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %123 = load i32, ptr %122, align 4
  %124 = xor i32 %121, %123
  %125 = call i32 @rotr32(i32 noundef %124, i32 noundef 8)
  %126 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %125, ptr %126, align 4
  %127 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %128 = load i32, ptr %127, align 4
  %129 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %130 = load i32, ptr %129, align 4
  %131 = add i32 %128, %130
  %132 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %131, ptr %132, align 4
  %133 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %134 = load i32, ptr %133, align 4
  %135 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %136 = load i32, ptr %135, align 4
  %137 = xor i32 %134, %136
  %138 = call i32 @rotr32(i32 noundef %137, i32 noundef 7)
  %139 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %138, ptr %139, align 4
  br label %140

140:                                              ; preds = %77
  br label %141

141:                                              ; preds = %140
  %142 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %143 = load i32, ptr %142, align 4
  %144 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %145 = load i32, ptr %144, align 4
  %146 = add i32 %143, %145
  %147 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 2), align 1
  %148 = zext i8 %147 to i32
  %149 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %148
  %150 = load i32, ptr %149, align 4
  %151 = add i32 %146, %150
  %152 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %151, ptr %152, align 4
  %153 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %154 = load i32, ptr %153, align 4
  %155 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %156 = load i32, ptr %155, align 4
  %157 = xor i32 %154, %156
  %158 = call i32 @rotr32(i32 noundef %157, i32 noundef 16)
  %159 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %158, ptr %159, align 4
  %160 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %161 = load i32, ptr %160, align 4
  %162 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %163 = load i32, ptr %162, align 4
  %164 = add i32 %161, %163
  %165 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %164, ptr %165, align 4
  %166 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %167 = load i32, ptr %166, align 4
  %168 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %169 = load i32, ptr %168, align 4
  %170 = xor i32 %167, %169
  %171 = call i32 @rotr32(i32 noundef %170, i32 noundef 12)
  %172 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %171, ptr %172, align 4
  %173 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %174 = load i32, ptr %173, align 4
  %175 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %176 = load i32, ptr %175, align 4
  %177 = add i32 %174, %176
  %178 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 3), align 1
  %179 = zext i8 %178 to i32
  %180 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %179
  %181 = load i32, ptr %180, align 4
  %182 = add i32 %177, %181
  %183 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %182, ptr %183, align 4
  %184 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %185 = load i32, ptr %184, align 4
  %186 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %187 = load i32, ptr %186, align 4
  %188 = xor i32 %185, %187
  %189 = call i32 @rotr32(i32 noundef %188, i32 noundef 8)
  %190 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %189, ptr %190, align 4
  %191 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %192 = load i32, ptr %191, align 4
  %193 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %194 = load i32, ptr %193, align 4
  %195 = add i32 %192, %194
  %196 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %195, ptr %196, align 4
  %197 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %198 = load i32, ptr %197, align 4
  %199 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %200 = load i32, ptr %199, align 4
  %201 = xor i32 %198, %200
  %202 = call i32 @rotr32(i32 noundef %201, i32 noundef 7)
  %203 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %202, ptr %203, align 4
  br label %204

204:                                              ; preds = %141
  br label %205

205:                                              ; preds = %204
  %206 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %207 = load i32, ptr %206, align 4
  %208 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %209 = load i32, ptr %208, align 4
  %210 = add i32 %207, %209
  %211 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 4), align 1
  %212 = zext i8 %211 to i32
  %213 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %212
  %214 = load i32, ptr %213, align 4
  %215 = add i32 %210, %214
  %216 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %215, ptr %216, align 4
  %217 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %218 = load i32, ptr %217, align 4
  %219 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %220 = load i32, ptr %219, align 4
  %221 = xor i32 %218, %220
  %222 = call i32 @rotr32(i32 noundef %221, i32 noundef 16)
  %223 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %222, ptr %223, align 4
  %224 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %225 = load i32, ptr %224, align 4
  %226 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %227 = load i32, ptr %226, align 4
  %228 = add i32 %225, %227
  %229 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %228, ptr %229, align 4
  %230 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %231 = load i32, ptr %230, align 4
  %232 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %233 = load i32, ptr %232, align 4
  %234 = xor i32 %231, %233
  %235 = call i32 @rotr32(i32 noundef %234, i32 noundef 12)
  %236 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %235, ptr %236, align 4
  %237 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %238 = load i32, ptr %237, align 4
  %239 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %240 = load i32, ptr %239, align 4
  %241 = add i32 %238, %240
  %242 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 5), align 1
  %243 = zext i8 %242 to i32
  %244 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %243
  %245 = load i32, ptr %244, align 4
  %246 = add i32 %241, %245
  %247 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %246, ptr %247, align 4
  %248 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %249 = load i32, ptr %248, align 4
  %250 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %251 = load i32, ptr %250, align 4
  %252 = xor i32 %249, %251
  %253 = call i32 @rotr32(i32 noundef %252, i32 noundef 8)
  %254 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %253, ptr %254, align 4
  %255 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %256 = load i32, ptr %255, align 4
  %257 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %258 = load i32, ptr %257, align 4
  %259 = add i32 %256, %258
  %260 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %259, ptr %260, align 4
  %261 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %262 = load i32, ptr %261, align 4
  %263 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %264 = load i32, ptr %263, align 4
  %265 = xor i32 %262, %264
  %266 = call i32 @rotr32(i32 noundef %265, i32 noundef 7)
  %267 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %266, ptr %267, align 4
  br label %268

268:                                              ; preds = %205
  br label %269

269:                                              ; preds = %268
  %270 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %271 = load i32, ptr %270, align 4
  %272 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %273 = load i32, ptr %272, align 4
  %274 = add i32 %271, %273
  %275 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 6), align 1
  %276 = zext i8 %275 to i32
  %277 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %276
  %278 = load i32, ptr %277, align 4
  %279 = add i32 %274, %278
  %280 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %279, ptr %280, align 4
  %281 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %282 = load i32, ptr %281, align 4
  %283 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %284 = load i32, ptr %283, align 4
  %285 = xor i32 %282, %284
  %286 = call i32 @rotr32(i32 noundef %285, i32 noundef 16)
  %287 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %286, ptr %287, align 4
  %288 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %289 = load i32, ptr %288, align 4
  %290 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %291 = load i32, ptr %290, align 4
  %292 = add i32 %289, %291
  %293 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %292, ptr %293, align 4
  %294 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %295 = load i32, ptr %294, align 4
  %296 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %297 = load i32, ptr %296, align 4
  %298 = xor i32 %295, %297
  %299 = call i32 @rotr32(i32 noundef %298, i32 noundef 12)
  %300 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %299, ptr %300, align 4
  %301 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %302 = load i32, ptr %301, align 4
  %303 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %304 = load i32, ptr %303, align 4
  %305 = add i32 %302, %304
  %306 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 7), align 1
  %307 = zext i8 %306 to i32
  %308 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %307
  %309 = load i32, ptr %308, align 4
  %310 = add i32 %305, %309
  %311 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %310, ptr %311, align 4
  %312 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %313 = load i32, ptr %312, align 4
  %314 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %315 = load i32, ptr %314, align 4
  %316 = xor i32 %313, %315
  %317 = call i32 @rotr32(i32 noundef %316, i32 noundef 8)
  %318 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %317, ptr %318, align 4
  %319 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %320 = load i32, ptr %319, align 4
  %321 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %322 = load i32, ptr %321, align 4
  %323 = add i32 %320, %322
  %324 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %323, ptr %324, align 4
  %325 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %326 = load i32, ptr %325, align 4
  %327 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %328 = load i32, ptr %327, align 4
  %329 = xor i32 %326, %328
  %330 = call i32 @rotr32(i32 noundef %329, i32 noundef 7)
  %331 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %330, ptr %331, align 4
  br label %332

332:                                              ; preds = %269
  br label %333

333:                                              ; preds = %332
  %334 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %335 = load i32, ptr %334, align 4
  %336 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %337 = load i32, ptr %336, align 4
  %338 = add i32 %335, %337
  %339 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 8), align 1
  %340 = zext i8 %339 to i32
  %341 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %340
  %342 = load i32, ptr %341, align 4
  %343 = add i32 %338, %342
  %344 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %343, ptr %344, align 4
  %345 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %346 = load i32, ptr %345, align 4
  %347 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %348 = load i32, ptr %347, align 4
  %349 = xor i32 %346, %348
  %350 = call i32 @rotr32(i32 noundef %349, i32 noundef 16)
  %351 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %350, ptr %351, align 4
  %352 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %353 = load i32, ptr %352, align 4
  %354 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %355 = load i32, ptr %354, align 4
  %356 = add i32 %353, %355
  %357 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %356, ptr %357, align 4
  %358 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %359 = load i32, ptr %358, align 4
  %360 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %361 = load i32, ptr %360, align 4
  %362 = xor i32 %359, %361
  %363 = call i32 @rotr32(i32 noundef %362, i32 noundef 12)
  %364 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %363, ptr %364, align 4
  %365 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %366 = load i32, ptr %365, align 4
  %367 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %368 = load i32, ptr %367, align 4
  %369 = add i32 %366, %368
  %370 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 9), align 1
  %371 = zext i8 %370 to i32
  %372 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %371
  %373 = load i32, ptr %372, align 4
  %374 = add i32 %369, %373
  %375 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %374, ptr %375, align 4
  %376 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %377 = load i32, ptr %376, align 4
  %378 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %379 = load i32, ptr %378, align 4
  %380 = xor i32 %377, %379
  %381 = call i32 @rotr32(i32 noundef %380, i32 noundef 8)
  %382 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %381, ptr %382, align 4
  %383 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %384 = load i32, ptr %383, align 4
  %385 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %386 = load i32, ptr %385, align 4
  %387 = add i32 %384, %386
  %388 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %387, ptr %388, align 4
  %389 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %390 = load i32, ptr %389, align 4
  %391 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %392 = load i32, ptr %391, align 4
  %393 = xor i32 %390, %392
  %394 = call i32 @rotr32(i32 noundef %393, i32 noundef 7)
  %395 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %394, ptr %395, align 4
  br label %396

396:                                              ; preds = %333
  br label %397

397:                                              ; preds = %396
  %398 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %399 = load i32, ptr %398, align 4
  %400 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %401 = load i32, ptr %400, align 4
  %402 = add i32 %399, %401
  %403 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 10), align 1
  %404 = zext i8 %403 to i32
  %405 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %404
  %406 = load i32, ptr %405, align 4
  %407 = add i32 %402, %406
  %408 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %407, ptr %408, align 4
  %409 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %410 = load i32, ptr %409, align 4
  %411 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %412 = load i32, ptr %411, align 4
  %413 = xor i32 %410, %412
  %414 = call i32 @rotr32(i32 noundef %413, i32 noundef 16)
  %415 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %414, ptr %415, align 4
  %416 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %417 = load i32, ptr %416, align 4
  %418 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %419 = load i32, ptr %418, align 4
  %420 = add i32 %417, %419
  %421 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %420, ptr %421, align 4
  %422 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %423 = load i32, ptr %422, align 4
  %424 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %425 = load i32, ptr %424, align 4
  %426 = xor i32 %423, %425
  %427 = call i32 @rotr32(i32 noundef %426, i32 noundef 12)
  %428 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %427, ptr %428, align 4
  %429 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %430 = load i32, ptr %429, align 4
  %431 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %432 = load i32, ptr %431, align 4
  %433 = add i32 %430, %432
  %434 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 11), align 1
  %435 = zext i8 %434 to i32
  %436 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %435
  %437 = load i32, ptr %436, align 4
  %438 = add i32 %433, %437
  %439 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %438, ptr %439, align 4
  %440 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %441 = load i32, ptr %440, align 4
  %442 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %443 = load i32, ptr %442, align 4
  %444 = xor i32 %441, %443
  %445 = call i32 @rotr32(i32 noundef %444, i32 noundef 8)
  %446 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %445, ptr %446, align 4
  %447 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %448 = load i32, ptr %447, align 4
  %449 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %450 = load i32, ptr %449, align 4
  %451 = add i32 %448, %450
  %452 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %451, ptr %452, align 4
  %453 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %454 = load i32, ptr %453, align 4
  %455 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %456 = load i32, ptr %455, align 4
  %457 = xor i32 %454, %456
  %458 = call i32 @rotr32(i32 noundef %457, i32 noundef 7)
  %459 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %458, ptr %459, align 4
  br label %460

460:                                              ; preds = %397
  br label %461

461:                                              ; preds = %460
  %462 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %463 = load i32, ptr %462, align 4
  %464 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %465 = load i32, ptr %464, align 4
  %466 = add i32 %463, %465
  %467 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 12), align 1
  %468 = zext i8 %467 to i32
  %469 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %468
  %470 = load i32, ptr %469, align 4
  %471 = add i32 %466, %470
  %472 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %471, ptr %472, align 4
  %473 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %474 = load i32, ptr %473, align 4
  %475 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %476 = load i32, ptr %475, align 4
  %477 = xor i32 %474, %476
  %478 = call i32 @rotr32(i32 noundef %477, i32 noundef 16)
  %479 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %478, ptr %479, align 4
  %480 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %481 = load i32, ptr %480, align 4
  %482 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %483 = load i32, ptr %482, align 4
  %484 = add i32 %481, %483
  %485 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %484, ptr %485, align 4
  %486 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %487 = load i32, ptr %486, align 4
  %488 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %489 = load i32, ptr %488, align 4
  %490 = xor i32 %487, %489
  %491 = call i32 @rotr32(i32 noundef %490, i32 noundef 12)
  %492 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %491, ptr %492, align 4
  %493 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %494 = load i32, ptr %493, align 4
  %495 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %496 = load i32, ptr %495, align 4
  %497 = add i32 %494, %496
  %498 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 13), align 1
  %499 = zext i8 %498 to i32
  %500 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %499
  %501 = load i32, ptr %500, align 4
  %502 = add i32 %497, %501
  %503 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %502, ptr %503, align 4
  %504 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %505 = load i32, ptr %504, align 4
  %506 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %507 = load i32, ptr %506, align 4
  %508 = xor i32 %505, %507
  %509 = call i32 @rotr32(i32 noundef %508, i32 noundef 8)
  %510 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %509, ptr %510, align 4
  %511 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %512 = load i32, ptr %511, align 4
  %513 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %514 = load i32, ptr %513, align 4
  %515 = add i32 %512, %514
  %516 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %515, ptr %516, align 4
  %517 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %518 = load i32, ptr %517, align 4
  %519 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %520 = load i32, ptr %519, align 4
  %521 = xor i32 %518, %520
  %522 = call i32 @rotr32(i32 noundef %521, i32 noundef 7)
  %523 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %522, ptr %523, align 4
  br label %524

524:                                              ; preds = %461
  br label %525

525:                                              ; preds = %524
  %526 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %527 = load i32, ptr %526, align 4
  %528 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %529 = load i32, ptr %528, align 4
  %530 = add i32 %527, %529
  %531 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 14), align 1
  %532 = zext i8 %531 to i32
  %533 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %532
  %534 = load i32, ptr %533, align 4
  %535 = add i32 %530, %534
  %536 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %535, ptr %536, align 4
  %537 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %538 = load i32, ptr %537, align 4
  %539 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %540 = load i32, ptr %539, align 4
  %541 = xor i32 %538, %540
  %542 = call i32 @rotr32(i32 noundef %541, i32 noundef 16)
  %543 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %542, ptr %543, align 4
  %544 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %545 = load i32, ptr %544, align 4
  %546 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %547 = load i32, ptr %546, align 4
  %548 = add i32 %545, %547
  %549 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %548, ptr %549, align 4
  %550 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %551 = load i32, ptr %550, align 4
  %552 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %553 = load i32, ptr %552, align 4
  %554 = xor i32 %551, %553
  %555 = call i32 @rotr32(i32 noundef %554, i32 noundef 12)
  %556 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %555, ptr %556, align 4
  %557 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %558 = load i32, ptr %557, align 4
  %559 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %560 = load i32, ptr %559, align 4
  %561 = add i32 %558, %560
  %562 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2s_sigma, i32 0, i32 15), align 1
  %563 = zext i8 %562 to i32
  %564 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %563
  %565 = load i32, ptr %564, align 4
  %566 = add i32 %561, %565
  %567 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %566, ptr %567, align 4
  %568 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %569 = load i32, ptr %568, align 4
  %570 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %571 = load i32, ptr %570, align 4
  %572 = xor i32 %569, %571
  %573 = call i32 @rotr32(i32 noundef %572, i32 noundef 8)
  %574 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %573, ptr %574, align 4
  %575 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %576 = load i32, ptr %575, align 4
  %577 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %578 = load i32, ptr %577, align 4
  %579 = add i32 %576, %578
  %580 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %579, ptr %580, align 4
  %581 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %582 = load i32, ptr %581, align 4
  %583 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %584 = load i32, ptr %583, align 4
  %585 = xor i32 %582, %584
  %586 = call i32 @rotr32(i32 noundef %585, i32 noundef 7)
  %587 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %586, ptr %587, align 4
  br label %588

588:                                              ; preds = %525
  br label %589

589:                                              ; preds = %588
  br label %590

590:                                              ; preds = %589
  br label %591

591:                                              ; preds = %590
  %592 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %593 = load i32, ptr %592, align 4
  %594 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %595 = load i32, ptr %594, align 4
  %596 = add i32 %593, %595
  %597 = load i8, ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), align 1
  %598 = zext i8 %597 to i32
  %599 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %598
  %600 = load i32, ptr %599, align 4
  %601 = add i32 %596, %600
  %602 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %601, ptr %602, align 4
  %603 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %604 = load i32, ptr %603, align 4
  %605 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %606 = load i32, ptr %605, align 4
  %607 = xor i32 %604, %606
  %608 = call i32 @rotr32(i32 noundef %607, i32 noundef 16)
  %609 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %608, ptr %609, align 4
  %610 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %611 = load i32, ptr %610, align 4
  %612 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %613 = load i32, ptr %612, align 4
  %614 = add i32 %611, %613
  %615 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %614, ptr %615, align 4
  %616 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %617 = load i32, ptr %616, align 4
  %618 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %619 = load i32, ptr %618, align 4
  %620 = xor i32 %617, %619
  %621 = call i32 @rotr32(i32 noundef %620, i32 noundef 12)
  %622 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %621, ptr %622, align 4
  %623 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %624 = load i32, ptr %623, align 4
  %625 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %626 = load i32, ptr %625, align 4
  %627 = add i32 %624, %626
  %628 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 1), align 1
  %629 = zext i8 %628 to i32
  %630 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %629
  %631 = load i32, ptr %630, align 4
  %632 = add i32 %627, %631
  %633 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %632, ptr %633, align 4
  %634 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %635 = load i32, ptr %634, align 4
  %636 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %637 = load i32, ptr %636, align 4
  %638 = xor i32 %635, %637
  %639 = call i32 @rotr32(i32 noundef %638, i32 noundef 8)
  %640 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %639, ptr %640, align 4
  %641 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %642 = load i32, ptr %641, align 4
  %643 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %644 = load i32, ptr %643, align 4
  %645 = add i32 %642, %644
  %646 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %645, ptr %646, align 4
  %647 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %648 = load i32, ptr %647, align 4
  %649 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %650 = load i32, ptr %649, align 4
  %651 = xor i32 %648, %650
  %652 = call i32 @rotr32(i32 noundef %651, i32 noundef 7)
  %653 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %652, ptr %653, align 4
  br label %654

654:                                              ; preds = %591
  br label %655

655:                                              ; preds = %654
  %656 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %657 = load i32, ptr %656, align 4
  %658 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %659 = load i32, ptr %658, align 4
  %660 = add i32 %657, %659
  %661 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 2), align 1
  %662 = zext i8 %661 to i32
  %663 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %662
  %664 = load i32, ptr %663, align 4
  %665 = add i32 %660, %664
  %666 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %665, ptr %666, align 4
  %667 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %668 = load i32, ptr %667, align 4
  %669 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %670 = load i32, ptr %669, align 4
  %671 = xor i32 %668, %670
  %672 = call i32 @rotr32(i32 noundef %671, i32 noundef 16)
  %673 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %672, ptr %673, align 4
  %674 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %675 = load i32, ptr %674, align 4
  %676 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %677 = load i32, ptr %676, align 4
  %678 = add i32 %675, %677
  %679 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %678, ptr %679, align 4
  %680 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %681 = load i32, ptr %680, align 4
  %682 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %683 = load i32, ptr %682, align 4
  %684 = xor i32 %681, %683
  %685 = call i32 @rotr32(i32 noundef %684, i32 noundef 12)
  %686 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %685, ptr %686, align 4
  %687 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %688 = load i32, ptr %687, align 4
  %689 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %690 = load i32, ptr %689, align 4
  %691 = add i32 %688, %690
  %692 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 3), align 1
  %693 = zext i8 %692 to i32
  %694 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %693
  %695 = load i32, ptr %694, align 4
  %696 = add i32 %691, %695
  %697 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %696, ptr %697, align 4
  %698 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %699 = load i32, ptr %698, align 4
  %700 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %701 = load i32, ptr %700, align 4
  %702 = xor i32 %699, %701
  %703 = call i32 @rotr32(i32 noundef %702, i32 noundef 8)
  %704 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %703, ptr %704, align 4
  %705 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %706 = load i32, ptr %705, align 4
  %707 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %708 = load i32, ptr %707, align 4
  %709 = add i32 %706, %708
  %710 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %709, ptr %710, align 4
  %711 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %712 = load i32, ptr %711, align 4
  %713 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %714 = load i32, ptr %713, align 4
  %715 = xor i32 %712, %714
  %716 = call i32 @rotr32(i32 noundef %715, i32 noundef 7)
  %717 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %716, ptr %717, align 4
  br label %718

718:                                              ; preds = %655
  br label %719

719:                                              ; preds = %718
  %720 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %721 = load i32, ptr %720, align 4
  %722 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %723 = load i32, ptr %722, align 4
  %724 = add i32 %721, %723
  %725 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 4), align 1
  %726 = zext i8 %725 to i32
  %727 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %726
  %728 = load i32, ptr %727, align 4
  %729 = add i32 %724, %728
  %730 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %729, ptr %730, align 4
  %731 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %732 = load i32, ptr %731, align 4
  %733 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %734 = load i32, ptr %733, align 4
  %735 = xor i32 %732, %734
  %736 = call i32 @rotr32(i32 noundef %735, i32 noundef 16)
  %737 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %736, ptr %737, align 4
  %738 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %739 = load i32, ptr %738, align 4
  %740 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %741 = load i32, ptr %740, align 4
  %742 = add i32 %739, %741
  %743 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %742, ptr %743, align 4
  %744 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %745 = load i32, ptr %744, align 4
  %746 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %747 = load i32, ptr %746, align 4
  %748 = xor i32 %745, %747
  %749 = call i32 @rotr32(i32 noundef %748, i32 noundef 12)
  %750 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %749, ptr %750, align 4
  %751 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %752 = load i32, ptr %751, align 4
  %753 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %754 = load i32, ptr %753, align 4
  %755 = add i32 %752, %754
  %756 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 5), align 1
  %757 = zext i8 %756 to i32
  %758 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %757
  %759 = load i32, ptr %758, align 4
  %760 = add i32 %755, %759
  %761 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %760, ptr %761, align 4
  %762 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %763 = load i32, ptr %762, align 4
  %764 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %765 = load i32, ptr %764, align 4
  %766 = xor i32 %763, %765
  %767 = call i32 @rotr32(i32 noundef %766, i32 noundef 8)
  %768 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %767, ptr %768, align 4
  %769 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %770 = load i32, ptr %769, align 4
  %771 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %772 = load i32, ptr %771, align 4
  %773 = add i32 %770, %772
  %774 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %773, ptr %774, align 4
  %775 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %776 = load i32, ptr %775, align 4
  %777 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %778 = load i32, ptr %777, align 4
  %779 = xor i32 %776, %778
  %780 = call i32 @rotr32(i32 noundef %779, i32 noundef 7)
  %781 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %780, ptr %781, align 4
  br label %782

782:                                              ; preds = %719
  br label %783

783:                                              ; preds = %782
  %784 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %785 = load i32, ptr %784, align 4
  %786 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %787 = load i32, ptr %786, align 4
  %788 = add i32 %785, %787
  %789 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 6), align 1
  %790 = zext i8 %789 to i32
  %791 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %790
  %792 = load i32, ptr %791, align 4
  %793 = add i32 %788, %792
  %794 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %793, ptr %794, align 4
  %795 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %796 = load i32, ptr %795, align 4
  %797 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %798 = load i32, ptr %797, align 4
  %799 = xor i32 %796, %798
  %800 = call i32 @rotr32(i32 noundef %799, i32 noundef 16)
  %801 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %800, ptr %801, align 4
  %802 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %803 = load i32, ptr %802, align 4
  %804 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %805 = load i32, ptr %804, align 4
  %806 = add i32 %803, %805
  %807 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %806, ptr %807, align 4
  %808 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %809 = load i32, ptr %808, align 4
  %810 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %811 = load i32, ptr %810, align 4
  %812 = xor i32 %809, %811
  %813 = call i32 @rotr32(i32 noundef %812, i32 noundef 12)
  %814 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %813, ptr %814, align 4
  %815 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %816 = load i32, ptr %815, align 4
  %817 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %818 = load i32, ptr %817, align 4
  %819 = add i32 %816, %818
  %820 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 7), align 1
  %821 = zext i8 %820 to i32
  %822 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %821
  %823 = load i32, ptr %822, align 4
  %824 = add i32 %819, %823
  %825 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %824, ptr %825, align 4
  %826 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %827 = load i32, ptr %826, align 4
  %828 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %829 = load i32, ptr %828, align 4
  %830 = xor i32 %827, %829
  %831 = call i32 @rotr32(i32 noundef %830, i32 noundef 8)
  %832 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %831, ptr %832, align 4
  %833 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %834 = load i32, ptr %833, align 4
  %835 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %836 = load i32, ptr %835, align 4
  %837 = add i32 %834, %836
  %838 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %837, ptr %838, align 4
  %839 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %840 = load i32, ptr %839, align 4
  %841 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %842 = load i32, ptr %841, align 4
  %843 = xor i32 %840, %842
  %844 = call i32 @rotr32(i32 noundef %843, i32 noundef 7)
  %845 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %844, ptr %845, align 4
  br label %846

846:                                              ; preds = %783
  br label %847

847:                                              ; preds = %846
  %848 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %849 = load i32, ptr %848, align 4
  %850 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %851 = load i32, ptr %850, align 4
  %852 = add i32 %849, %851
  %853 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 8), align 1
  %854 = zext i8 %853 to i32
  %855 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %854
  %856 = load i32, ptr %855, align 4
  %857 = add i32 %852, %856
  %858 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %857, ptr %858, align 4
  %859 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %860 = load i32, ptr %859, align 4
  %861 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %862 = load i32, ptr %861, align 4
  %863 = xor i32 %860, %862
  %864 = call i32 @rotr32(i32 noundef %863, i32 noundef 16)
  %865 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %864, ptr %865, align 4
  %866 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %867 = load i32, ptr %866, align 4
  %868 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %869 = load i32, ptr %868, align 4
  %870 = add i32 %867, %869
  %871 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %870, ptr %871, align 4
  %872 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %873 = load i32, ptr %872, align 4
  %874 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %875 = load i32, ptr %874, align 4
  %876 = xor i32 %873, %875
  %877 = call i32 @rotr32(i32 noundef %876, i32 noundef 12)
  %878 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %877, ptr %878, align 4
  %879 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %880 = load i32, ptr %879, align 4
  %881 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %882 = load i32, ptr %881, align 4
  %883 = add i32 %880, %882
  %884 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 9), align 1
  %885 = zext i8 %884 to i32
  %886 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %885
  %887 = load i32, ptr %886, align 4
  %888 = add i32 %883, %887
  %889 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %888, ptr %889, align 4
  %890 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %891 = load i32, ptr %890, align 4
  %892 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %893 = load i32, ptr %892, align 4
  %894 = xor i32 %891, %893
  %895 = call i32 @rotr32(i32 noundef %894, i32 noundef 8)
  %896 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %895, ptr %896, align 4
  %897 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %898 = load i32, ptr %897, align 4
  %899 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %900 = load i32, ptr %899, align 4
  %901 = add i32 %898, %900
  %902 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %901, ptr %902, align 4
  %903 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %904 = load i32, ptr %903, align 4
  %905 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %906 = load i32, ptr %905, align 4
  %907 = xor i32 %904, %906
  %908 = call i32 @rotr32(i32 noundef %907, i32 noundef 7)
  %909 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %908, ptr %909, align 4
  br label %910

910:                                              ; preds = %847
  br label %911

911:                                              ; preds = %910
  %912 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %913 = load i32, ptr %912, align 4
  %914 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %915 = load i32, ptr %914, align 4
  %916 = add i32 %913, %915
  %917 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 10), align 1
  %918 = zext i8 %917 to i32
  %919 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %918
  %920 = load i32, ptr %919, align 4
  %921 = add i32 %916, %920
  %922 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %921, ptr %922, align 4
  %923 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %924 = load i32, ptr %923, align 4
  %925 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %926 = load i32, ptr %925, align 4
  %927 = xor i32 %924, %926
  %928 = call i32 @rotr32(i32 noundef %927, i32 noundef 16)
  %929 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %928, ptr %929, align 4
  %930 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %931 = load i32, ptr %930, align 4
  %932 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %933 = load i32, ptr %932, align 4
  %934 = add i32 %931, %933
  %935 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %934, ptr %935, align 4
  %936 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %937 = load i32, ptr %936, align 4
  %938 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %939 = load i32, ptr %938, align 4
  %940 = xor i32 %937, %939
  %941 = call i32 @rotr32(i32 noundef %940, i32 noundef 12)
  %942 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %941, ptr %942, align 4
  %943 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %944 = load i32, ptr %943, align 4
  %945 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %946 = load i32, ptr %945, align 4
  %947 = add i32 %944, %946
  %948 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 11), align 1
  %949 = zext i8 %948 to i32
  %950 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %949
  %951 = load i32, ptr %950, align 4
  %952 = add i32 %947, %951
  %953 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %952, ptr %953, align 4
  %954 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %955 = load i32, ptr %954, align 4
  %956 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %957 = load i32, ptr %956, align 4
  %958 = xor i32 %955, %957
  %959 = call i32 @rotr32(i32 noundef %958, i32 noundef 8)
  %960 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %959, ptr %960, align 4
  %961 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %962 = load i32, ptr %961, align 4
  %963 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %964 = load i32, ptr %963, align 4
  %965 = add i32 %962, %964
  %966 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %965, ptr %966, align 4
  %967 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %968 = load i32, ptr %967, align 4
  %969 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %970 = load i32, ptr %969, align 4
  %971 = xor i32 %968, %970
  %972 = call i32 @rotr32(i32 noundef %971, i32 noundef 7)
  %973 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %972, ptr %973, align 4
  br label %974

974:                                              ; preds = %911
  br label %975

975:                                              ; preds = %974
  %976 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %977 = load i32, ptr %976, align 4
  %978 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %979 = load i32, ptr %978, align 4
  %980 = add i32 %977, %979
  %981 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 12), align 1
  %982 = zext i8 %981 to i32
  %983 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %982
  %984 = load i32, ptr %983, align 4
  %985 = add i32 %980, %984
  %986 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %985, ptr %986, align 4
  %987 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %988 = load i32, ptr %987, align 4
  %989 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %990 = load i32, ptr %989, align 4
  %991 = xor i32 %988, %990
  %992 = call i32 @rotr32(i32 noundef %991, i32 noundef 16)
  %993 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %992, ptr %993, align 4
  %994 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %995 = load i32, ptr %994, align 4
  %996 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %997 = load i32, ptr %996, align 4
  %998 = add i32 %995, %997
  %999 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %998, ptr %999, align 4
  %1000 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1001 = load i32, ptr %1000, align 4
  %1002 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1003 = load i32, ptr %1002, align 4
  %1004 = xor i32 %1001, %1003
  %1005 = call i32 @rotr32(i32 noundef %1004, i32 noundef 12)
  %1006 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %1005, ptr %1006, align 4
  %1007 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1008 = load i32, ptr %1007, align 4
  %1009 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1010 = load i32, ptr %1009, align 4
  %1011 = add i32 %1008, %1010
  %1012 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 13), align 1
  %1013 = zext i8 %1012 to i32
  %1014 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1013
  %1015 = load i32, ptr %1014, align 4
  %1016 = add i32 %1011, %1015
  %1017 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %1016, ptr %1017, align 4
  %1018 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1019 = load i32, ptr %1018, align 4
  %1020 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1021 = load i32, ptr %1020, align 4
  %1022 = xor i32 %1019, %1021
  %1023 = call i32 @rotr32(i32 noundef %1022, i32 noundef 8)
  %1024 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %1023, ptr %1024, align 4
  %1025 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1026 = load i32, ptr %1025, align 4
  %1027 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1028 = load i32, ptr %1027, align 4
  %1029 = add i32 %1026, %1028
  %1030 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %1029, ptr %1030, align 4
  %1031 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1032 = load i32, ptr %1031, align 4
  %1033 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1034 = load i32, ptr %1033, align 4
  %1035 = xor i32 %1032, %1034
  %1036 = call i32 @rotr32(i32 noundef %1035, i32 noundef 7)
  %1037 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %1036, ptr %1037, align 4
  br label %1038

1038:                                             ; preds = %975
  br label %1039

1039:                                             ; preds = %1038
  %1040 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1041 = load i32, ptr %1040, align 4
  %1042 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1043 = load i32, ptr %1042, align 4
  %1044 = add i32 %1041, %1043
  %1045 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 14), align 1
  %1046 = zext i8 %1045 to i32
  %1047 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1046
  %1048 = load i32, ptr %1047, align 4
  %1049 = add i32 %1044, %1048
  %1050 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %1049, ptr %1050, align 4
  %1051 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1052 = load i32, ptr %1051, align 4
  %1053 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1054 = load i32, ptr %1053, align 4
  %1055 = xor i32 %1052, %1054
  %1056 = call i32 @rotr32(i32 noundef %1055, i32 noundef 16)
  %1057 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %1056, ptr %1057, align 4
  %1058 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1059 = load i32, ptr %1058, align 4
  %1060 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1061 = load i32, ptr %1060, align 4
  %1062 = add i32 %1059, %1061
  %1063 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %1062, ptr %1063, align 4
  %1064 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1065 = load i32, ptr %1064, align 4
  %1066 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1067 = load i32, ptr %1066, align 4
  %1068 = xor i32 %1065, %1067
  %1069 = call i32 @rotr32(i32 noundef %1068, i32 noundef 12)
  %1070 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %1069, ptr %1070, align 4
  %1071 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1072 = load i32, ptr %1071, align 4
  %1073 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1074 = load i32, ptr %1073, align 4
  %1075 = add i32 %1072, %1074
  %1076 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 1), i32 0, i32 15), align 1
  %1077 = zext i8 %1076 to i32
  %1078 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1077
  %1079 = load i32, ptr %1078, align 4
  %1080 = add i32 %1075, %1079
  %1081 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %1080, ptr %1081, align 4
  %1082 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1083 = load i32, ptr %1082, align 4
  %1084 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1085 = load i32, ptr %1084, align 4
  %1086 = xor i32 %1083, %1085
  %1087 = call i32 @rotr32(i32 noundef %1086, i32 noundef 8)
  %1088 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %1087, ptr %1088, align 4
  %1089 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1090 = load i32, ptr %1089, align 4
  %1091 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1092 = load i32, ptr %1091, align 4
  %1093 = add i32 %1090, %1092
  %1094 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %1093, ptr %1094, align 4
  %1095 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1096 = load i32, ptr %1095, align 4
  %1097 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1098 = load i32, ptr %1097, align 4
  %1099 = xor i32 %1096, %1098
  %1100 = call i32 @rotr32(i32 noundef %1099, i32 noundef 7)
  %1101 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %1100, ptr %1101, align 4
  br label %1102

1102:                                             ; preds = %1039
  br label %1103

1103:                                             ; preds = %1102
  br label %1104

1104:                                             ; preds = %1103
  br label %1105

1105:                                             ; preds = %1104
  %1106 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1107 = load i32, ptr %1106, align 4
  %1108 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1109 = load i32, ptr %1108, align 4
  %1110 = add i32 %1107, %1109
  %1111 = load i8, ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), align 1
  %1112 = zext i8 %1111 to i32
  %1113 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1112
  %1114 = load i32, ptr %1113, align 4
  %1115 = add i32 %1110, %1114
  %1116 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %1115, ptr %1116, align 4
  %1117 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1118 = load i32, ptr %1117, align 4
  %1119 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1120 = load i32, ptr %1119, align 4
  %1121 = xor i32 %1118, %1120
  %1122 = call i32 @rotr32(i32 noundef %1121, i32 noundef 16)
  %1123 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %1122, ptr %1123, align 4
  %1124 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1125 = load i32, ptr %1124, align 4
  %1126 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1127 = load i32, ptr %1126, align 4
  %1128 = add i32 %1125, %1127
  %1129 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %1128, ptr %1129, align 4
  %1130 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1131 = load i32, ptr %1130, align 4
  %1132 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1133 = load i32, ptr %1132, align 4
  %1134 = xor i32 %1131, %1133
  %1135 = call i32 @rotr32(i32 noundef %1134, i32 noundef 12)
  %1136 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %1135, ptr %1136, align 4
  %1137 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1138 = load i32, ptr %1137, align 4
  %1139 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1140 = load i32, ptr %1139, align 4
  %1141 = add i32 %1138, %1140
  %1142 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 1), align 1
  %1143 = zext i8 %1142 to i32
  %1144 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1143
  %1145 = load i32, ptr %1144, align 4
  %1146 = add i32 %1141, %1145
  %1147 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %1146, ptr %1147, align 4
  %1148 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1149 = load i32, ptr %1148, align 4
  %1150 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1151 = load i32, ptr %1150, align 4
  %1152 = xor i32 %1149, %1151
  %1153 = call i32 @rotr32(i32 noundef %1152, i32 noundef 8)
  %1154 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %1153, ptr %1154, align 4
  %1155 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1156 = load i32, ptr %1155, align 4
  %1157 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1158 = load i32, ptr %1157, align 4
  %1159 = add i32 %1156, %1158
  %1160 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %1159, ptr %1160, align 4
  %1161 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1162 = load i32, ptr %1161, align 4
  %1163 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1164 = load i32, ptr %1163, align 4
  %1165 = xor i32 %1162, %1164
  %1166 = call i32 @rotr32(i32 noundef %1165, i32 noundef 7)
  %1167 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %1166, ptr %1167, align 4
  br label %1168

1168:                                             ; preds = %1105
  br label %1169

1169:                                             ; preds = %1168
  %1170 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1171 = load i32, ptr %1170, align 4
  %1172 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1173 = load i32, ptr %1172, align 4
  %1174 = add i32 %1171, %1173
  %1175 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 2), align 1
  %1176 = zext i8 %1175 to i32
  %1177 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1176
  %1178 = load i32, ptr %1177, align 4
  %1179 = add i32 %1174, %1178
  %1180 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %1179, ptr %1180, align 4
  %1181 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1182 = load i32, ptr %1181, align 4
  %1183 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1184 = load i32, ptr %1183, align 4
  %1185 = xor i32 %1182, %1184
  %1186 = call i32 @rotr32(i32 noundef %1185, i32 noundef 16)
  %1187 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %1186, ptr %1187, align 4
  %1188 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1189 = load i32, ptr %1188, align 4
  %1190 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1191 = load i32, ptr %1190, align 4
  %1192 = add i32 %1189, %1191
  %1193 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %1192, ptr %1193, align 4
  %1194 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1195 = load i32, ptr %1194, align 4
  %1196 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1197 = load i32, ptr %1196, align 4
  %1198 = xor i32 %1195, %1197
  %1199 = call i32 @rotr32(i32 noundef %1198, i32 noundef 12)
  %1200 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %1199, ptr %1200, align 4
  %1201 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1202 = load i32, ptr %1201, align 4
  %1203 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1204 = load i32, ptr %1203, align 4
  %1205 = add i32 %1202, %1204
  %1206 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 3), align 1
  %1207 = zext i8 %1206 to i32
  %1208 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1207
  %1209 = load i32, ptr %1208, align 4
  %1210 = add i32 %1205, %1209
  %1211 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %1210, ptr %1211, align 4
  %1212 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1213 = load i32, ptr %1212, align 4
  %1214 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1215 = load i32, ptr %1214, align 4
  %1216 = xor i32 %1213, %1215
  %1217 = call i32 @rotr32(i32 noundef %1216, i32 noundef 8)
  %1218 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %1217, ptr %1218, align 4
  %1219 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1220 = load i32, ptr %1219, align 4
  %1221 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1222 = load i32, ptr %1221, align 4
  %1223 = add i32 %1220, %1222
  %1224 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %1223, ptr %1224, align 4
  %1225 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1226 = load i32, ptr %1225, align 4
  %1227 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1228 = load i32, ptr %1227, align 4
  %1229 = xor i32 %1226, %1228
  %1230 = call i32 @rotr32(i32 noundef %1229, i32 noundef 7)
  %1231 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %1230, ptr %1231, align 4
  br label %1232

1232:                                             ; preds = %1169
  br label %1233

1233:                                             ; preds = %1232
  %1234 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1235 = load i32, ptr %1234, align 4
  %1236 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1237 = load i32, ptr %1236, align 4
  %1238 = add i32 %1235, %1237
  %1239 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 4), align 1
  %1240 = zext i8 %1239 to i32
  %1241 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1240
  %1242 = load i32, ptr %1241, align 4
  %1243 = add i32 %1238, %1242
  %1244 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %1243, ptr %1244, align 4
  %1245 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1246 = load i32, ptr %1245, align 4
  %1247 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1248 = load i32, ptr %1247, align 4
  %1249 = xor i32 %1246, %1248
  %1250 = call i32 @rotr32(i32 noundef %1249, i32 noundef 16)
  %1251 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %1250, ptr %1251, align 4
  %1252 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1253 = load i32, ptr %1252, align 4
  %1254 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1255 = load i32, ptr %1254, align 4
  %1256 = add i32 %1253, %1255
  %1257 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %1256, ptr %1257, align 4
  %1258 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1259 = load i32, ptr %1258, align 4
  %1260 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1261 = load i32, ptr %1260, align 4
  %1262 = xor i32 %1259, %1261
  %1263 = call i32 @rotr32(i32 noundef %1262, i32 noundef 12)
  %1264 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %1263, ptr %1264, align 4
  %1265 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1266 = load i32, ptr %1265, align 4
  %1267 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1268 = load i32, ptr %1267, align 4
  %1269 = add i32 %1266, %1268
  %1270 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 5), align 1
  %1271 = zext i8 %1270 to i32
  %1272 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1271
  %1273 = load i32, ptr %1272, align 4
  %1274 = add i32 %1269, %1273
  %1275 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %1274, ptr %1275, align 4
  %1276 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1277 = load i32, ptr %1276, align 4
  %1278 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1279 = load i32, ptr %1278, align 4
  %1280 = xor i32 %1277, %1279
  %1281 = call i32 @rotr32(i32 noundef %1280, i32 noundef 8)
  %1282 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %1281, ptr %1282, align 4
  %1283 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1284 = load i32, ptr %1283, align 4
  %1285 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1286 = load i32, ptr %1285, align 4
  %1287 = add i32 %1284, %1286
  %1288 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %1287, ptr %1288, align 4
  %1289 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1290 = load i32, ptr %1289, align 4
  %1291 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1292 = load i32, ptr %1291, align 4
  %1293 = xor i32 %1290, %1292
  %1294 = call i32 @rotr32(i32 noundef %1293, i32 noundef 7)
  %1295 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %1294, ptr %1295, align 4
  br label %1296

1296:                                             ; preds = %1233
  br label %1297

1297:                                             ; preds = %1296
  %1298 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1299 = load i32, ptr %1298, align 4
  %1300 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1301 = load i32, ptr %1300, align 4
  %1302 = add i32 %1299, %1301
  %1303 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 6), align 1
  %1304 = zext i8 %1303 to i32
  %1305 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1304
  %1306 = load i32, ptr %1305, align 4
  %1307 = add i32 %1302, %1306
  %1308 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %1307, ptr %1308, align 4
  %1309 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1310 = load i32, ptr %1309, align 4
  %1311 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1312 = load i32, ptr %1311, align 4
  %1313 = xor i32 %1310, %1312
  %1314 = call i32 @rotr32(i32 noundef %1313, i32 noundef 16)
  %1315 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %1314, ptr %1315, align 4
  %1316 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1317 = load i32, ptr %1316, align 4
  %1318 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1319 = load i32, ptr %1318, align 4
  %1320 = add i32 %1317, %1319
  %1321 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %1320, ptr %1321, align 4
  %1322 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1323 = load i32, ptr %1322, align 4
  %1324 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1325 = load i32, ptr %1324, align 4
  %1326 = xor i32 %1323, %1325
  %1327 = call i32 @rotr32(i32 noundef %1326, i32 noundef 12)
  %1328 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %1327, ptr %1328, align 4
  %1329 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1330 = load i32, ptr %1329, align 4
  %1331 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1332 = load i32, ptr %1331, align 4
  %1333 = add i32 %1330, %1332
  %1334 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 7), align 1
  %1335 = zext i8 %1334 to i32
  %1336 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1335
  %1337 = load i32, ptr %1336, align 4
  %1338 = add i32 %1333, %1337
  %1339 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %1338, ptr %1339, align 4
  %1340 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1341 = load i32, ptr %1340, align 4
  %1342 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1343 = load i32, ptr %1342, align 4
  %1344 = xor i32 %1341, %1343
  %1345 = call i32 @rotr32(i32 noundef %1344, i32 noundef 8)
  %1346 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %1345, ptr %1346, align 4
  %1347 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1348 = load i32, ptr %1347, align 4
  %1349 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1350 = load i32, ptr %1349, align 4
  %1351 = add i32 %1348, %1350
  %1352 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %1351, ptr %1352, align 4
  %1353 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1354 = load i32, ptr %1353, align 4
  %1355 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1356 = load i32, ptr %1355, align 4
  %1357 = xor i32 %1354, %1356
  %1358 = call i32 @rotr32(i32 noundef %1357, i32 noundef 7)
  %1359 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %1358, ptr %1359, align 4
  br label %1360

1360:                                             ; preds = %1297
  br label %1361

1361:                                             ; preds = %1360
  %1362 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1363 = load i32, ptr %1362, align 4
  %1364 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1365 = load i32, ptr %1364, align 4
  %1366 = add i32 %1363, %1365
  %1367 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 8), align 1
  %1368 = zext i8 %1367 to i32
  %1369 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1368
  %1370 = load i32, ptr %1369, align 4
  %1371 = add i32 %1366, %1370
  %1372 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %1371, ptr %1372, align 4
  %1373 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1374 = load i32, ptr %1373, align 4
  %1375 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1376 = load i32, ptr %1375, align 4
  %1377 = xor i32 %1374, %1376
  %1378 = call i32 @rotr32(i32 noundef %1377, i32 noundef 16)
  %1379 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %1378, ptr %1379, align 4
  %1380 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1381 = load i32, ptr %1380, align 4
  %1382 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1383 = load i32, ptr %1382, align 4
  %1384 = add i32 %1381, %1383
  %1385 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %1384, ptr %1385, align 4
  %1386 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1387 = load i32, ptr %1386, align 4
  %1388 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1389 = load i32, ptr %1388, align 4
  %1390 = xor i32 %1387, %1389
  %1391 = call i32 @rotr32(i32 noundef %1390, i32 noundef 12)
  %1392 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %1391, ptr %1392, align 4
  %1393 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1394 = load i32, ptr %1393, align 4
  %1395 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1396 = load i32, ptr %1395, align 4
  %1397 = add i32 %1394, %1396
  %1398 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 9), align 1
  %1399 = zext i8 %1398 to i32
  %1400 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1399
  %1401 = load i32, ptr %1400, align 4
  %1402 = add i32 %1397, %1401
  %1403 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %1402, ptr %1403, align 4
  %1404 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1405 = load i32, ptr %1404, align 4
  %1406 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1407 = load i32, ptr %1406, align 4
  %1408 = xor i32 %1405, %1407
  %1409 = call i32 @rotr32(i32 noundef %1408, i32 noundef 8)
  %1410 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %1409, ptr %1410, align 4
  %1411 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1412 = load i32, ptr %1411, align 4
  %1413 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1414 = load i32, ptr %1413, align 4
  %1415 = add i32 %1412, %1414
  %1416 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %1415, ptr %1416, align 4
  %1417 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1418 = load i32, ptr %1417, align 4
  %1419 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1420 = load i32, ptr %1419, align 4
  %1421 = xor i32 %1418, %1420
  %1422 = call i32 @rotr32(i32 noundef %1421, i32 noundef 7)
  %1423 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %1422, ptr %1423, align 4
  br label %1424

1424:                                             ; preds = %1361
  br label %1425

1425:                                             ; preds = %1424
  %1426 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1427 = load i32, ptr %1426, align 4
  %1428 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1429 = load i32, ptr %1428, align 4
  %1430 = add i32 %1427, %1429
  %1431 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 10), align 1
  %1432 = zext i8 %1431 to i32
  %1433 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1432
  %1434 = load i32, ptr %1433, align 4
  %1435 = add i32 %1430, %1434
  %1436 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %1435, ptr %1436, align 4
  %1437 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1438 = load i32, ptr %1437, align 4
  %1439 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1440 = load i32, ptr %1439, align 4
  %1441 = xor i32 %1438, %1440
  %1442 = call i32 @rotr32(i32 noundef %1441, i32 noundef 16)
  %1443 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %1442, ptr %1443, align 4
  %1444 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1445 = load i32, ptr %1444, align 4
  %1446 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1447 = load i32, ptr %1446, align 4
  %1448 = add i32 %1445, %1447
  %1449 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %1448, ptr %1449, align 4
  %1450 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1451 = load i32, ptr %1450, align 4
  %1452 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1453 = load i32, ptr %1452, align 4
  %1454 = xor i32 %1451, %1453
  %1455 = call i32 @rotr32(i32 noundef %1454, i32 noundef 12)
  %1456 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %1455, ptr %1456, align 4
  %1457 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1458 = load i32, ptr %1457, align 4
  %1459 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1460 = load i32, ptr %1459, align 4
  %1461 = add i32 %1458, %1460
  %1462 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 11), align 1
  %1463 = zext i8 %1462 to i32
  %1464 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1463
  %1465 = load i32, ptr %1464, align 4
  %1466 = add i32 %1461, %1465
  %1467 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %1466, ptr %1467, align 4
  %1468 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1469 = load i32, ptr %1468, align 4
  %1470 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1471 = load i32, ptr %1470, align 4
  %1472 = xor i32 %1469, %1471
  %1473 = call i32 @rotr32(i32 noundef %1472, i32 noundef 8)
  %1474 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %1473, ptr %1474, align 4
  %1475 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1476 = load i32, ptr %1475, align 4
  %1477 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1478 = load i32, ptr %1477, align 4
  %1479 = add i32 %1476, %1478
  %1480 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %1479, ptr %1480, align 4
  %1481 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1482 = load i32, ptr %1481, align 4
  %1483 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1484 = load i32, ptr %1483, align 4
  %1485 = xor i32 %1482, %1484
  %1486 = call i32 @rotr32(i32 noundef %1485, i32 noundef 7)
  %1487 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %1486, ptr %1487, align 4
  br label %1488

1488:                                             ; preds = %1425
  br label %1489

1489:                                             ; preds = %1488
  %1490 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1491 = load i32, ptr %1490, align 4
  %1492 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1493 = load i32, ptr %1492, align 4
  %1494 = add i32 %1491, %1493
  %1495 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 12), align 1
  %1496 = zext i8 %1495 to i32
  %1497 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1496
  %1498 = load i32, ptr %1497, align 4
  %1499 = add i32 %1494, %1498
  %1500 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %1499, ptr %1500, align 4
  %1501 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1502 = load i32, ptr %1501, align 4
  %1503 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1504 = load i32, ptr %1503, align 4
  %1505 = xor i32 %1502, %1504
  %1506 = call i32 @rotr32(i32 noundef %1505, i32 noundef 16)
  %1507 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %1506, ptr %1507, align 4
  %1508 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1509 = load i32, ptr %1508, align 4
  %1510 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1511 = load i32, ptr %1510, align 4
  %1512 = add i32 %1509, %1511
  %1513 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %1512, ptr %1513, align 4
  %1514 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1515 = load i32, ptr %1514, align 4
  %1516 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1517 = load i32, ptr %1516, align 4
  %1518 = xor i32 %1515, %1517
  %1519 = call i32 @rotr32(i32 noundef %1518, i32 noundef 12)
  %1520 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %1519, ptr %1520, align 4
  %1521 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1522 = load i32, ptr %1521, align 4
  %1523 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1524 = load i32, ptr %1523, align 4
  %1525 = add i32 %1522, %1524
  %1526 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 13), align 1
  %1527 = zext i8 %1526 to i32
  %1528 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1527
  %1529 = load i32, ptr %1528, align 4
  %1530 = add i32 %1525, %1529
  %1531 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %1530, ptr %1531, align 4
  %1532 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1533 = load i32, ptr %1532, align 4
  %1534 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1535 = load i32, ptr %1534, align 4
  %1536 = xor i32 %1533, %1535
  %1537 = call i32 @rotr32(i32 noundef %1536, i32 noundef 8)
  %1538 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %1537, ptr %1538, align 4
  %1539 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1540 = load i32, ptr %1539, align 4
  %1541 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1542 = load i32, ptr %1541, align 4
  %1543 = add i32 %1540, %1542
  %1544 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %1543, ptr %1544, align 4
  %1545 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1546 = load i32, ptr %1545, align 4
  %1547 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1548 = load i32, ptr %1547, align 4
  %1549 = xor i32 %1546, %1548
  %1550 = call i32 @rotr32(i32 noundef %1549, i32 noundef 7)
  %1551 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %1550, ptr %1551, align 4
  br label %1552

1552:                                             ; preds = %1489
  br label %1553

1553:                                             ; preds = %1552
  %1554 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1555 = load i32, ptr %1554, align 4
  %1556 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1557 = load i32, ptr %1556, align 4
  %1558 = add i32 %1555, %1557
  %1559 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 14), align 1
  %1560 = zext i8 %1559 to i32
  %1561 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1560
  %1562 = load i32, ptr %1561, align 4
  %1563 = add i32 %1558, %1562
  %1564 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %1563, ptr %1564, align 4
  %1565 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1566 = load i32, ptr %1565, align 4
  %1567 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1568 = load i32, ptr %1567, align 4
  %1569 = xor i32 %1566, %1568
  %1570 = call i32 @rotr32(i32 noundef %1569, i32 noundef 16)
  %1571 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %1570, ptr %1571, align 4
  %1572 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1573 = load i32, ptr %1572, align 4
  %1574 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1575 = load i32, ptr %1574, align 4
  %1576 = add i32 %1573, %1575
  %1577 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %1576, ptr %1577, align 4
  %1578 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1579 = load i32, ptr %1578, align 4
  %1580 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1581 = load i32, ptr %1580, align 4
  %1582 = xor i32 %1579, %1581
  %1583 = call i32 @rotr32(i32 noundef %1582, i32 noundef 12)
  %1584 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %1583, ptr %1584, align 4
  %1585 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1586 = load i32, ptr %1585, align 4
  %1587 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1588 = load i32, ptr %1587, align 4
  %1589 = add i32 %1586, %1588
  %1590 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 2), i32 0, i32 15), align 1
  %1591 = zext i8 %1590 to i32
  %1592 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1591
  %1593 = load i32, ptr %1592, align 4
  %1594 = add i32 %1589, %1593
  %1595 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %1594, ptr %1595, align 4
  %1596 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1597 = load i32, ptr %1596, align 4
  %1598 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1599 = load i32, ptr %1598, align 4
  %1600 = xor i32 %1597, %1599
  %1601 = call i32 @rotr32(i32 noundef %1600, i32 noundef 8)
  %1602 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %1601, ptr %1602, align 4
  %1603 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1604 = load i32, ptr %1603, align 4
  %1605 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1606 = load i32, ptr %1605, align 4
  %1607 = add i32 %1604, %1606
  %1608 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %1607, ptr %1608, align 4
  %1609 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1610 = load i32, ptr %1609, align 4
  %1611 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1612 = load i32, ptr %1611, align 4
  %1613 = xor i32 %1610, %1612
  %1614 = call i32 @rotr32(i32 noundef %1613, i32 noundef 7)
  %1615 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %1614, ptr %1615, align 4
  br label %1616

1616:                                             ; preds = %1553
  br label %1617

1617:                                             ; preds = %1616
  br label %1618

1618:                                             ; preds = %1617
  br label %1619

1619:                                             ; preds = %1618
  %1620 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1621 = load i32, ptr %1620, align 4
  %1622 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1623 = load i32, ptr %1622, align 4
  %1624 = add i32 %1621, %1623
  %1625 = load i8, ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), align 1
  %1626 = zext i8 %1625 to i32
  %1627 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1626
  %1628 = load i32, ptr %1627, align 4
  %1629 = add i32 %1624, %1628
  %1630 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %1629, ptr %1630, align 4
  %1631 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1632 = load i32, ptr %1631, align 4
  %1633 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1634 = load i32, ptr %1633, align 4
  %1635 = xor i32 %1632, %1634
  %1636 = call i32 @rotr32(i32 noundef %1635, i32 noundef 16)
  %1637 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %1636, ptr %1637, align 4
  %1638 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1639 = load i32, ptr %1638, align 4
  %1640 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1641 = load i32, ptr %1640, align 4
  %1642 = add i32 %1639, %1641
  %1643 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %1642, ptr %1643, align 4
  %1644 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1645 = load i32, ptr %1644, align 4
  %1646 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1647 = load i32, ptr %1646, align 4
  %1648 = xor i32 %1645, %1647
  %1649 = call i32 @rotr32(i32 noundef %1648, i32 noundef 12)
  %1650 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %1649, ptr %1650, align 4
  %1651 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1652 = load i32, ptr %1651, align 4
  %1653 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1654 = load i32, ptr %1653, align 4
  %1655 = add i32 %1652, %1654
  %1656 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 1), align 1
  %1657 = zext i8 %1656 to i32
  %1658 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1657
  %1659 = load i32, ptr %1658, align 4
  %1660 = add i32 %1655, %1659
  %1661 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %1660, ptr %1661, align 4
  %1662 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1663 = load i32, ptr %1662, align 4
  %1664 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1665 = load i32, ptr %1664, align 4
  %1666 = xor i32 %1663, %1665
  %1667 = call i32 @rotr32(i32 noundef %1666, i32 noundef 8)
  %1668 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %1667, ptr %1668, align 4
  %1669 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1670 = load i32, ptr %1669, align 4
  %1671 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1672 = load i32, ptr %1671, align 4
  %1673 = add i32 %1670, %1672
  %1674 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %1673, ptr %1674, align 4
  %1675 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %1676 = load i32, ptr %1675, align 4
  %1677 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %1678 = load i32, ptr %1677, align 4
  %1679 = xor i32 %1676, %1678
  %1680 = call i32 @rotr32(i32 noundef %1679, i32 noundef 7)
  %1681 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %1680, ptr %1681, align 4
  br label %1682

1682:                                             ; preds = %1619
  br label %1683

1683:                                             ; preds = %1682
  %1684 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1685 = load i32, ptr %1684, align 4
  %1686 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1687 = load i32, ptr %1686, align 4
  %1688 = add i32 %1685, %1687
  %1689 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 2), align 1
  %1690 = zext i8 %1689 to i32
  %1691 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1690
  %1692 = load i32, ptr %1691, align 4
  %1693 = add i32 %1688, %1692
  %1694 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %1693, ptr %1694, align 4
  %1695 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1696 = load i32, ptr %1695, align 4
  %1697 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1698 = load i32, ptr %1697, align 4
  %1699 = xor i32 %1696, %1698
  %1700 = call i32 @rotr32(i32 noundef %1699, i32 noundef 16)
  %1701 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %1700, ptr %1701, align 4
  %1702 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1703 = load i32, ptr %1702, align 4
  %1704 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1705 = load i32, ptr %1704, align 4
  %1706 = add i32 %1703, %1705
  %1707 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %1706, ptr %1707, align 4
  %1708 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1709 = load i32, ptr %1708, align 4
  %1710 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1711 = load i32, ptr %1710, align 4
  %1712 = xor i32 %1709, %1711
  %1713 = call i32 @rotr32(i32 noundef %1712, i32 noundef 12)
  %1714 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %1713, ptr %1714, align 4
  %1715 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1716 = load i32, ptr %1715, align 4
  %1717 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1718 = load i32, ptr %1717, align 4
  %1719 = add i32 %1716, %1718
  %1720 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 3), align 1
  %1721 = zext i8 %1720 to i32
  %1722 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1721
  %1723 = load i32, ptr %1722, align 4
  %1724 = add i32 %1719, %1723
  %1725 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %1724, ptr %1725, align 4
  %1726 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1727 = load i32, ptr %1726, align 4
  %1728 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1729 = load i32, ptr %1728, align 4
  %1730 = xor i32 %1727, %1729
  %1731 = call i32 @rotr32(i32 noundef %1730, i32 noundef 8)
  %1732 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %1731, ptr %1732, align 4
  %1733 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1734 = load i32, ptr %1733, align 4
  %1735 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %1736 = load i32, ptr %1735, align 4
  %1737 = add i32 %1734, %1736
  %1738 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %1737, ptr %1738, align 4
  %1739 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1740 = load i32, ptr %1739, align 4
  %1741 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %1742 = load i32, ptr %1741, align 4
  %1743 = xor i32 %1740, %1742
  %1744 = call i32 @rotr32(i32 noundef %1743, i32 noundef 7)
  %1745 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %1744, ptr %1745, align 4
  br label %1746

1746:                                             ; preds = %1683
  br label %1747

1747:                                             ; preds = %1746
  %1748 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1749 = load i32, ptr %1748, align 4
  %1750 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1751 = load i32, ptr %1750, align 4
  %1752 = add i32 %1749, %1751
  %1753 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 4), align 1
  %1754 = zext i8 %1753 to i32
  %1755 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1754
  %1756 = load i32, ptr %1755, align 4
  %1757 = add i32 %1752, %1756
  %1758 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %1757, ptr %1758, align 4
  %1759 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1760 = load i32, ptr %1759, align 4
  %1761 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1762 = load i32, ptr %1761, align 4
  %1763 = xor i32 %1760, %1762
  %1764 = call i32 @rotr32(i32 noundef %1763, i32 noundef 16)
  %1765 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %1764, ptr %1765, align 4
  %1766 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1767 = load i32, ptr %1766, align 4
  %1768 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1769 = load i32, ptr %1768, align 4
  %1770 = add i32 %1767, %1769
  %1771 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %1770, ptr %1771, align 4
  %1772 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1773 = load i32, ptr %1772, align 4
  %1774 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1775 = load i32, ptr %1774, align 4
  %1776 = xor i32 %1773, %1775
  %1777 = call i32 @rotr32(i32 noundef %1776, i32 noundef 12)
  %1778 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %1777, ptr %1778, align 4
  %1779 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1780 = load i32, ptr %1779, align 4
  %1781 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1782 = load i32, ptr %1781, align 4
  %1783 = add i32 %1780, %1782
  %1784 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 5), align 1
  %1785 = zext i8 %1784 to i32
  %1786 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1785
  %1787 = load i32, ptr %1786, align 4
  %1788 = add i32 %1783, %1787
  %1789 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %1788, ptr %1789, align 4
  %1790 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1791 = load i32, ptr %1790, align 4
  %1792 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %1793 = load i32, ptr %1792, align 4
  %1794 = xor i32 %1791, %1793
  %1795 = call i32 @rotr32(i32 noundef %1794, i32 noundef 8)
  %1796 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %1795, ptr %1796, align 4
  %1797 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1798 = load i32, ptr %1797, align 4
  %1799 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %1800 = load i32, ptr %1799, align 4
  %1801 = add i32 %1798, %1800
  %1802 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %1801, ptr %1802, align 4
  %1803 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1804 = load i32, ptr %1803, align 4
  %1805 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1806 = load i32, ptr %1805, align 4
  %1807 = xor i32 %1804, %1806
  %1808 = call i32 @rotr32(i32 noundef %1807, i32 noundef 7)
  %1809 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %1808, ptr %1809, align 4
  br label %1810

1810:                                             ; preds = %1747
  br label %1811

1811:                                             ; preds = %1810
  %1812 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1813 = load i32, ptr %1812, align 4
  %1814 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1815 = load i32, ptr %1814, align 4
  %1816 = add i32 %1813, %1815
  %1817 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 6), align 1
  %1818 = zext i8 %1817 to i32
  %1819 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1818
  %1820 = load i32, ptr %1819, align 4
  %1821 = add i32 %1816, %1820
  %1822 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %1821, ptr %1822, align 4
  %1823 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1824 = load i32, ptr %1823, align 4
  %1825 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1826 = load i32, ptr %1825, align 4
  %1827 = xor i32 %1824, %1826
  %1828 = call i32 @rotr32(i32 noundef %1827, i32 noundef 16)
  %1829 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %1828, ptr %1829, align 4
  %1830 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1831 = load i32, ptr %1830, align 4
  %1832 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1833 = load i32, ptr %1832, align 4
  %1834 = add i32 %1831, %1833
  %1835 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %1834, ptr %1835, align 4
  %1836 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1837 = load i32, ptr %1836, align 4
  %1838 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1839 = load i32, ptr %1838, align 4
  %1840 = xor i32 %1837, %1839
  %1841 = call i32 @rotr32(i32 noundef %1840, i32 noundef 12)
  %1842 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %1841, ptr %1842, align 4
  %1843 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1844 = load i32, ptr %1843, align 4
  %1845 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1846 = load i32, ptr %1845, align 4
  %1847 = add i32 %1844, %1846
  %1848 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 7), align 1
  %1849 = zext i8 %1848 to i32
  %1850 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1849
  %1851 = load i32, ptr %1850, align 4
  %1852 = add i32 %1847, %1851
  %1853 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %1852, ptr %1853, align 4
  %1854 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1855 = load i32, ptr %1854, align 4
  %1856 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %1857 = load i32, ptr %1856, align 4
  %1858 = xor i32 %1855, %1857
  %1859 = call i32 @rotr32(i32 noundef %1858, i32 noundef 8)
  %1860 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %1859, ptr %1860, align 4
  %1861 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1862 = load i32, ptr %1861, align 4
  %1863 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1864 = load i32, ptr %1863, align 4
  %1865 = add i32 %1862, %1864
  %1866 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %1865, ptr %1866, align 4
  %1867 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %1868 = load i32, ptr %1867, align 4
  %1869 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1870 = load i32, ptr %1869, align 4
  %1871 = xor i32 %1868, %1870
  %1872 = call i32 @rotr32(i32 noundef %1871, i32 noundef 7)
  %1873 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %1872, ptr %1873, align 4
  br label %1874

1874:                                             ; preds = %1811
  br label %1875

1875:                                             ; preds = %1874
  %1876 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1877 = load i32, ptr %1876, align 4
  %1878 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1879 = load i32, ptr %1878, align 4
  %1880 = add i32 %1877, %1879
  %1881 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 8), align 1
  %1882 = zext i8 %1881 to i32
  %1883 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1882
  %1884 = load i32, ptr %1883, align 4
  %1885 = add i32 %1880, %1884
  %1886 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %1885, ptr %1886, align 4
  %1887 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1888 = load i32, ptr %1887, align 4
  %1889 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1890 = load i32, ptr %1889, align 4
  %1891 = xor i32 %1888, %1890
  %1892 = call i32 @rotr32(i32 noundef %1891, i32 noundef 16)
  %1893 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %1892, ptr %1893, align 4
  %1894 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1895 = load i32, ptr %1894, align 4
  %1896 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1897 = load i32, ptr %1896, align 4
  %1898 = add i32 %1895, %1897
  %1899 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %1898, ptr %1899, align 4
  %1900 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1901 = load i32, ptr %1900, align 4
  %1902 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1903 = load i32, ptr %1902, align 4
  %1904 = xor i32 %1901, %1903
  %1905 = call i32 @rotr32(i32 noundef %1904, i32 noundef 12)
  %1906 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %1905, ptr %1906, align 4
  %1907 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1908 = load i32, ptr %1907, align 4
  %1909 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1910 = load i32, ptr %1909, align 4
  %1911 = add i32 %1908, %1910
  %1912 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 9), align 1
  %1913 = zext i8 %1912 to i32
  %1914 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1913
  %1915 = load i32, ptr %1914, align 4
  %1916 = add i32 %1911, %1915
  %1917 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %1916, ptr %1917, align 4
  %1918 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1919 = load i32, ptr %1918, align 4
  %1920 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %1921 = load i32, ptr %1920, align 4
  %1922 = xor i32 %1919, %1921
  %1923 = call i32 @rotr32(i32 noundef %1922, i32 noundef 8)
  %1924 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %1923, ptr %1924, align 4
  %1925 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1926 = load i32, ptr %1925, align 4
  %1927 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %1928 = load i32, ptr %1927, align 4
  %1929 = add i32 %1926, %1928
  %1930 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %1929, ptr %1930, align 4
  %1931 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %1932 = load i32, ptr %1931, align 4
  %1933 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %1934 = load i32, ptr %1933, align 4
  %1935 = xor i32 %1932, %1934
  %1936 = call i32 @rotr32(i32 noundef %1935, i32 noundef 7)
  %1937 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %1936, ptr %1937, align 4
  br label %1938

1938:                                             ; preds = %1875
  br label %1939

1939:                                             ; preds = %1938
  %1940 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1941 = load i32, ptr %1940, align 4
  %1942 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1943 = load i32, ptr %1942, align 4
  %1944 = add i32 %1941, %1943
  %1945 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 10), align 1
  %1946 = zext i8 %1945 to i32
  %1947 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1946
  %1948 = load i32, ptr %1947, align 4
  %1949 = add i32 %1944, %1948
  %1950 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %1949, ptr %1950, align 4
  %1951 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1952 = load i32, ptr %1951, align 4
  %1953 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1954 = load i32, ptr %1953, align 4
  %1955 = xor i32 %1952, %1954
  %1956 = call i32 @rotr32(i32 noundef %1955, i32 noundef 16)
  %1957 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %1956, ptr %1957, align 4
  %1958 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1959 = load i32, ptr %1958, align 4
  %1960 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1961 = load i32, ptr %1960, align 4
  %1962 = add i32 %1959, %1961
  %1963 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %1962, ptr %1963, align 4
  %1964 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1965 = load i32, ptr %1964, align 4
  %1966 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1967 = load i32, ptr %1966, align 4
  %1968 = xor i32 %1965, %1967
  %1969 = call i32 @rotr32(i32 noundef %1968, i32 noundef 12)
  %1970 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %1969, ptr %1970, align 4
  %1971 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1972 = load i32, ptr %1971, align 4
  %1973 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1974 = load i32, ptr %1973, align 4
  %1975 = add i32 %1972, %1974
  %1976 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 11), align 1
  %1977 = zext i8 %1976 to i32
  %1978 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %1977
  %1979 = load i32, ptr %1978, align 4
  %1980 = add i32 %1975, %1979
  %1981 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %1980, ptr %1981, align 4
  %1982 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1983 = load i32, ptr %1982, align 4
  %1984 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %1985 = load i32, ptr %1984, align 4
  %1986 = xor i32 %1983, %1985
  %1987 = call i32 @rotr32(i32 noundef %1986, i32 noundef 8)
  %1988 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %1987, ptr %1988, align 4
  %1989 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1990 = load i32, ptr %1989, align 4
  %1991 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %1992 = load i32, ptr %1991, align 4
  %1993 = add i32 %1990, %1992
  %1994 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %1993, ptr %1994, align 4
  %1995 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %1996 = load i32, ptr %1995, align 4
  %1997 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %1998 = load i32, ptr %1997, align 4
  %1999 = xor i32 %1996, %1998
  %2000 = call i32 @rotr32(i32 noundef %1999, i32 noundef 7)
  %2001 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %2000, ptr %2001, align 4
  br label %2002

2002:                                             ; preds = %1939
  br label %2003

2003:                                             ; preds = %2002
  %2004 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2005 = load i32, ptr %2004, align 4
  %2006 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2007 = load i32, ptr %2006, align 4
  %2008 = add i32 %2005, %2007
  %2009 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 12), align 1
  %2010 = zext i8 %2009 to i32
  %2011 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2010
  %2012 = load i32, ptr %2011, align 4
  %2013 = add i32 %2008, %2012
  %2014 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %2013, ptr %2014, align 4
  %2015 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2016 = load i32, ptr %2015, align 4
  %2017 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2018 = load i32, ptr %2017, align 4
  %2019 = xor i32 %2016, %2018
  %2020 = call i32 @rotr32(i32 noundef %2019, i32 noundef 16)
  %2021 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %2020, ptr %2021, align 4
  %2022 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2023 = load i32, ptr %2022, align 4
  %2024 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2025 = load i32, ptr %2024, align 4
  %2026 = add i32 %2023, %2025
  %2027 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %2026, ptr %2027, align 4
  %2028 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2029 = load i32, ptr %2028, align 4
  %2030 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2031 = load i32, ptr %2030, align 4
  %2032 = xor i32 %2029, %2031
  %2033 = call i32 @rotr32(i32 noundef %2032, i32 noundef 12)
  %2034 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %2033, ptr %2034, align 4
  %2035 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2036 = load i32, ptr %2035, align 4
  %2037 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2038 = load i32, ptr %2037, align 4
  %2039 = add i32 %2036, %2038
  %2040 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 13), align 1
  %2041 = zext i8 %2040 to i32
  %2042 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2041
  %2043 = load i32, ptr %2042, align 4
  %2044 = add i32 %2039, %2043
  %2045 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %2044, ptr %2045, align 4
  %2046 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2047 = load i32, ptr %2046, align 4
  %2048 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2049 = load i32, ptr %2048, align 4
  %2050 = xor i32 %2047, %2049
  %2051 = call i32 @rotr32(i32 noundef %2050, i32 noundef 8)
  %2052 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %2051, ptr %2052, align 4
  %2053 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2054 = load i32, ptr %2053, align 4
  %2055 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2056 = load i32, ptr %2055, align 4
  %2057 = add i32 %2054, %2056
  %2058 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %2057, ptr %2058, align 4
  %2059 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2060 = load i32, ptr %2059, align 4
  %2061 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2062 = load i32, ptr %2061, align 4
  %2063 = xor i32 %2060, %2062
  %2064 = call i32 @rotr32(i32 noundef %2063, i32 noundef 7)
  %2065 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %2064, ptr %2065, align 4
  br label %2066

2066:                                             ; preds = %2003
  br label %2067

2067:                                             ; preds = %2066
  %2068 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2069 = load i32, ptr %2068, align 4
  %2070 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2071 = load i32, ptr %2070, align 4
  %2072 = add i32 %2069, %2071
  %2073 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 14), align 1
  %2074 = zext i8 %2073 to i32
  %2075 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2074
  %2076 = load i32, ptr %2075, align 4
  %2077 = add i32 %2072, %2076
  %2078 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %2077, ptr %2078, align 4
  %2079 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2080 = load i32, ptr %2079, align 4
  %2081 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2082 = load i32, ptr %2081, align 4
  %2083 = xor i32 %2080, %2082
  %2084 = call i32 @rotr32(i32 noundef %2083, i32 noundef 16)
  %2085 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %2084, ptr %2085, align 4
  %2086 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2087 = load i32, ptr %2086, align 4
  %2088 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2089 = load i32, ptr %2088, align 4
  %2090 = add i32 %2087, %2089
  %2091 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %2090, ptr %2091, align 4
  %2092 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2093 = load i32, ptr %2092, align 4
  %2094 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2095 = load i32, ptr %2094, align 4
  %2096 = xor i32 %2093, %2095
  %2097 = call i32 @rotr32(i32 noundef %2096, i32 noundef 12)
  %2098 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %2097, ptr %2098, align 4
  %2099 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2100 = load i32, ptr %2099, align 4
  %2101 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2102 = load i32, ptr %2101, align 4
  %2103 = add i32 %2100, %2102
  %2104 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 3), i32 0, i32 15), align 1
  %2105 = zext i8 %2104 to i32
  %2106 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2105
  %2107 = load i32, ptr %2106, align 4
  %2108 = add i32 %2103, %2107
  %2109 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %2108, ptr %2109, align 4
  %2110 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2111 = load i32, ptr %2110, align 4
  %2112 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2113 = load i32, ptr %2112, align 4
  %2114 = xor i32 %2111, %2113
  %2115 = call i32 @rotr32(i32 noundef %2114, i32 noundef 8)
  %2116 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %2115, ptr %2116, align 4
  %2117 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2118 = load i32, ptr %2117, align 4
  %2119 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2120 = load i32, ptr %2119, align 4
  %2121 = add i32 %2118, %2120
  %2122 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %2121, ptr %2122, align 4
  %2123 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2124 = load i32, ptr %2123, align 4
  %2125 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2126 = load i32, ptr %2125, align 4
  %2127 = xor i32 %2124, %2126
  %2128 = call i32 @rotr32(i32 noundef %2127, i32 noundef 7)
  %2129 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %2128, ptr %2129, align 4
  br label %2130

2130:                                             ; preds = %2067
  br label %2131

2131:                                             ; preds = %2130
  br label %2132

2132:                                             ; preds = %2131
  br label %2133

2133:                                             ; preds = %2132
  %2134 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2135 = load i32, ptr %2134, align 4
  %2136 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2137 = load i32, ptr %2136, align 4
  %2138 = add i32 %2135, %2137
  %2139 = load i8, ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), align 1
  %2140 = zext i8 %2139 to i32
  %2141 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2140
  %2142 = load i32, ptr %2141, align 4
  %2143 = add i32 %2138, %2142
  %2144 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %2143, ptr %2144, align 4
  %2145 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2146 = load i32, ptr %2145, align 4
  %2147 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2148 = load i32, ptr %2147, align 4
  %2149 = xor i32 %2146, %2148
  %2150 = call i32 @rotr32(i32 noundef %2149, i32 noundef 16)
  %2151 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %2150, ptr %2151, align 4
  %2152 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2153 = load i32, ptr %2152, align 4
  %2154 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2155 = load i32, ptr %2154, align 4
  %2156 = add i32 %2153, %2155
  %2157 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %2156, ptr %2157, align 4
  %2158 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2159 = load i32, ptr %2158, align 4
  %2160 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2161 = load i32, ptr %2160, align 4
  %2162 = xor i32 %2159, %2161
  %2163 = call i32 @rotr32(i32 noundef %2162, i32 noundef 12)
  %2164 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %2163, ptr %2164, align 4
  %2165 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2166 = load i32, ptr %2165, align 4
  %2167 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2168 = load i32, ptr %2167, align 4
  %2169 = add i32 %2166, %2168
  %2170 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 1), align 1
  %2171 = zext i8 %2170 to i32
  %2172 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2171
  %2173 = load i32, ptr %2172, align 4
  %2174 = add i32 %2169, %2173
  %2175 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %2174, ptr %2175, align 4
  %2176 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2177 = load i32, ptr %2176, align 4
  %2178 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2179 = load i32, ptr %2178, align 4
  %2180 = xor i32 %2177, %2179
  %2181 = call i32 @rotr32(i32 noundef %2180, i32 noundef 8)
  %2182 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %2181, ptr %2182, align 4
  %2183 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2184 = load i32, ptr %2183, align 4
  %2185 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2186 = load i32, ptr %2185, align 4
  %2187 = add i32 %2184, %2186
  %2188 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %2187, ptr %2188, align 4
  %2189 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2190 = load i32, ptr %2189, align 4
  %2191 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2192 = load i32, ptr %2191, align 4
  %2193 = xor i32 %2190, %2192
  %2194 = call i32 @rotr32(i32 noundef %2193, i32 noundef 7)
  %2195 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %2194, ptr %2195, align 4
  br label %2196

2196:                                             ; preds = %2133
  br label %2197

2197:                                             ; preds = %2196
  %2198 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2199 = load i32, ptr %2198, align 4
  %2200 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2201 = load i32, ptr %2200, align 4
  %2202 = add i32 %2199, %2201
  %2203 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 2), align 1
  %2204 = zext i8 %2203 to i32
  %2205 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2204
  %2206 = load i32, ptr %2205, align 4
  %2207 = add i32 %2202, %2206
  %2208 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %2207, ptr %2208, align 4
  %2209 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2210 = load i32, ptr %2209, align 4
  %2211 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2212 = load i32, ptr %2211, align 4
  %2213 = xor i32 %2210, %2212
  %2214 = call i32 @rotr32(i32 noundef %2213, i32 noundef 16)
  %2215 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %2214, ptr %2215, align 4
  %2216 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2217 = load i32, ptr %2216, align 4
  %2218 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2219 = load i32, ptr %2218, align 4
  %2220 = add i32 %2217, %2219
  %2221 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %2220, ptr %2221, align 4
  %2222 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2223 = load i32, ptr %2222, align 4
  %2224 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2225 = load i32, ptr %2224, align 4
  %2226 = xor i32 %2223, %2225
  %2227 = call i32 @rotr32(i32 noundef %2226, i32 noundef 12)
  %2228 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %2227, ptr %2228, align 4
  %2229 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2230 = load i32, ptr %2229, align 4
  %2231 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2232 = load i32, ptr %2231, align 4
  %2233 = add i32 %2230, %2232
  %2234 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 3), align 1
  %2235 = zext i8 %2234 to i32
  %2236 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2235
  %2237 = load i32, ptr %2236, align 4
  %2238 = add i32 %2233, %2237
  %2239 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %2238, ptr %2239, align 4
  %2240 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2241 = load i32, ptr %2240, align 4
  %2242 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2243 = load i32, ptr %2242, align 4
  %2244 = xor i32 %2241, %2243
  %2245 = call i32 @rotr32(i32 noundef %2244, i32 noundef 8)
  %2246 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %2245, ptr %2246, align 4
  %2247 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2248 = load i32, ptr %2247, align 4
  %2249 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2250 = load i32, ptr %2249, align 4
  %2251 = add i32 %2248, %2250
  %2252 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %2251, ptr %2252, align 4
  %2253 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2254 = load i32, ptr %2253, align 4
  %2255 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2256 = load i32, ptr %2255, align 4
  %2257 = xor i32 %2254, %2256
  %2258 = call i32 @rotr32(i32 noundef %2257, i32 noundef 7)
  %2259 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %2258, ptr %2259, align 4
  br label %2260

2260:                                             ; preds = %2197
  br label %2261

2261:                                             ; preds = %2260
  %2262 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2263 = load i32, ptr %2262, align 4
  %2264 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2265 = load i32, ptr %2264, align 4
  %2266 = add i32 %2263, %2265
  %2267 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 4), align 1
  %2268 = zext i8 %2267 to i32
  %2269 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2268
  %2270 = load i32, ptr %2269, align 4
  %2271 = add i32 %2266, %2270
  %2272 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %2271, ptr %2272, align 4
  %2273 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2274 = load i32, ptr %2273, align 4
  %2275 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2276 = load i32, ptr %2275, align 4
  %2277 = xor i32 %2274, %2276
  %2278 = call i32 @rotr32(i32 noundef %2277, i32 noundef 16)
  %2279 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %2278, ptr %2279, align 4
  %2280 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2281 = load i32, ptr %2280, align 4
  %2282 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2283 = load i32, ptr %2282, align 4
  %2284 = add i32 %2281, %2283
  %2285 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %2284, ptr %2285, align 4
  %2286 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2287 = load i32, ptr %2286, align 4
  %2288 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2289 = load i32, ptr %2288, align 4
  %2290 = xor i32 %2287, %2289
  %2291 = call i32 @rotr32(i32 noundef %2290, i32 noundef 12)
  %2292 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %2291, ptr %2292, align 4
  %2293 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2294 = load i32, ptr %2293, align 4
  %2295 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2296 = load i32, ptr %2295, align 4
  %2297 = add i32 %2294, %2296
  %2298 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 5), align 1
  %2299 = zext i8 %2298 to i32
  %2300 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2299
  %2301 = load i32, ptr %2300, align 4
  %2302 = add i32 %2297, %2301
  %2303 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %2302, ptr %2303, align 4
  %2304 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2305 = load i32, ptr %2304, align 4
  %2306 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2307 = load i32, ptr %2306, align 4
  %2308 = xor i32 %2305, %2307
  %2309 = call i32 @rotr32(i32 noundef %2308, i32 noundef 8)
  %2310 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %2309, ptr %2310, align 4
  %2311 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2312 = load i32, ptr %2311, align 4
  %2313 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2314 = load i32, ptr %2313, align 4
  %2315 = add i32 %2312, %2314
  %2316 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %2315, ptr %2316, align 4
  %2317 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2318 = load i32, ptr %2317, align 4
  %2319 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2320 = load i32, ptr %2319, align 4
  %2321 = xor i32 %2318, %2320
  %2322 = call i32 @rotr32(i32 noundef %2321, i32 noundef 7)
  %2323 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %2322, ptr %2323, align 4
  br label %2324

2324:                                             ; preds = %2261
  br label %2325

2325:                                             ; preds = %2324
  %2326 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2327 = load i32, ptr %2326, align 4
  %2328 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2329 = load i32, ptr %2328, align 4
  %2330 = add i32 %2327, %2329
  %2331 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 6), align 1
  %2332 = zext i8 %2331 to i32
  %2333 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2332
  %2334 = load i32, ptr %2333, align 4
  %2335 = add i32 %2330, %2334
  %2336 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %2335, ptr %2336, align 4
  %2337 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2338 = load i32, ptr %2337, align 4
  %2339 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2340 = load i32, ptr %2339, align 4
  %2341 = xor i32 %2338, %2340
  %2342 = call i32 @rotr32(i32 noundef %2341, i32 noundef 16)
  %2343 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %2342, ptr %2343, align 4
  %2344 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2345 = load i32, ptr %2344, align 4
  %2346 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2347 = load i32, ptr %2346, align 4
  %2348 = add i32 %2345, %2347
  %2349 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %2348, ptr %2349, align 4
  %2350 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2351 = load i32, ptr %2350, align 4
  %2352 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2353 = load i32, ptr %2352, align 4
  %2354 = xor i32 %2351, %2353
  %2355 = call i32 @rotr32(i32 noundef %2354, i32 noundef 12)
  %2356 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %2355, ptr %2356, align 4
  %2357 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2358 = load i32, ptr %2357, align 4
  %2359 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2360 = load i32, ptr %2359, align 4
  %2361 = add i32 %2358, %2360
  %2362 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 7), align 1
  %2363 = zext i8 %2362 to i32
  %2364 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2363
  %2365 = load i32, ptr %2364, align 4
  %2366 = add i32 %2361, %2365
  %2367 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %2366, ptr %2367, align 4
  %2368 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2369 = load i32, ptr %2368, align 4
  %2370 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2371 = load i32, ptr %2370, align 4
  %2372 = xor i32 %2369, %2371
  %2373 = call i32 @rotr32(i32 noundef %2372, i32 noundef 8)
  %2374 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %2373, ptr %2374, align 4
  %2375 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2376 = load i32, ptr %2375, align 4
  %2377 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2378 = load i32, ptr %2377, align 4
  %2379 = add i32 %2376, %2378
  %2380 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %2379, ptr %2380, align 4
  %2381 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2382 = load i32, ptr %2381, align 4
  %2383 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2384 = load i32, ptr %2383, align 4
  %2385 = xor i32 %2382, %2384
  %2386 = call i32 @rotr32(i32 noundef %2385, i32 noundef 7)
  %2387 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %2386, ptr %2387, align 4
  br label %2388

2388:                                             ; preds = %2325
  br label %2389

2389:                                             ; preds = %2388
  %2390 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2391 = load i32, ptr %2390, align 4
  %2392 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2393 = load i32, ptr %2392, align 4
  %2394 = add i32 %2391, %2393
  %2395 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 8), align 1
  %2396 = zext i8 %2395 to i32
  %2397 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2396
  %2398 = load i32, ptr %2397, align 4
  %2399 = add i32 %2394, %2398
  %2400 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %2399, ptr %2400, align 4
  %2401 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2402 = load i32, ptr %2401, align 4
  %2403 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2404 = load i32, ptr %2403, align 4
  %2405 = xor i32 %2402, %2404
  %2406 = call i32 @rotr32(i32 noundef %2405, i32 noundef 16)
  %2407 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %2406, ptr %2407, align 4
  %2408 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2409 = load i32, ptr %2408, align 4
  %2410 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2411 = load i32, ptr %2410, align 4
  %2412 = add i32 %2409, %2411
  %2413 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %2412, ptr %2413, align 4
  %2414 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2415 = load i32, ptr %2414, align 4
  %2416 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2417 = load i32, ptr %2416, align 4
  %2418 = xor i32 %2415, %2417
  %2419 = call i32 @rotr32(i32 noundef %2418, i32 noundef 12)
  %2420 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %2419, ptr %2420, align 4
  %2421 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2422 = load i32, ptr %2421, align 4
  %2423 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2424 = load i32, ptr %2423, align 4
  %2425 = add i32 %2422, %2424
  %2426 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 9), align 1
  %2427 = zext i8 %2426 to i32
  %2428 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2427
  %2429 = load i32, ptr %2428, align 4
  %2430 = add i32 %2425, %2429
  %2431 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %2430, ptr %2431, align 4
  %2432 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2433 = load i32, ptr %2432, align 4
  %2434 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2435 = load i32, ptr %2434, align 4
  %2436 = xor i32 %2433, %2435
  %2437 = call i32 @rotr32(i32 noundef %2436, i32 noundef 8)
  %2438 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %2437, ptr %2438, align 4
  %2439 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2440 = load i32, ptr %2439, align 4
  %2441 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2442 = load i32, ptr %2441, align 4
  %2443 = add i32 %2440, %2442
  %2444 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %2443, ptr %2444, align 4
  %2445 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2446 = load i32, ptr %2445, align 4
  %2447 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2448 = load i32, ptr %2447, align 4
  %2449 = xor i32 %2446, %2448
  %2450 = call i32 @rotr32(i32 noundef %2449, i32 noundef 7)
  %2451 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %2450, ptr %2451, align 4
  br label %2452

2452:                                             ; preds = %2389
  br label %2453

2453:                                             ; preds = %2452
  %2454 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2455 = load i32, ptr %2454, align 4
  %2456 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2457 = load i32, ptr %2456, align 4
  %2458 = add i32 %2455, %2457
  %2459 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 10), align 1
  %2460 = zext i8 %2459 to i32
  %2461 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2460
  %2462 = load i32, ptr %2461, align 4
  %2463 = add i32 %2458, %2462
  %2464 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %2463, ptr %2464, align 4
  %2465 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2466 = load i32, ptr %2465, align 4
  %2467 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2468 = load i32, ptr %2467, align 4
  %2469 = xor i32 %2466, %2468
  %2470 = call i32 @rotr32(i32 noundef %2469, i32 noundef 16)
  %2471 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %2470, ptr %2471, align 4
  %2472 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2473 = load i32, ptr %2472, align 4
  %2474 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2475 = load i32, ptr %2474, align 4
  %2476 = add i32 %2473, %2475
  %2477 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %2476, ptr %2477, align 4
  %2478 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2479 = load i32, ptr %2478, align 4
  %2480 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2481 = load i32, ptr %2480, align 4
  %2482 = xor i32 %2479, %2481
  %2483 = call i32 @rotr32(i32 noundef %2482, i32 noundef 12)
  %2484 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %2483, ptr %2484, align 4
  %2485 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2486 = load i32, ptr %2485, align 4
  %2487 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2488 = load i32, ptr %2487, align 4
  %2489 = add i32 %2486, %2488
  %2490 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 11), align 1
  %2491 = zext i8 %2490 to i32
  %2492 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2491
  %2493 = load i32, ptr %2492, align 4
  %2494 = add i32 %2489, %2493
  %2495 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %2494, ptr %2495, align 4
  %2496 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2497 = load i32, ptr %2496, align 4
  %2498 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2499 = load i32, ptr %2498, align 4
  %2500 = xor i32 %2497, %2499
  %2501 = call i32 @rotr32(i32 noundef %2500, i32 noundef 8)
  %2502 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %2501, ptr %2502, align 4
  %2503 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2504 = load i32, ptr %2503, align 4
  %2505 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2506 = load i32, ptr %2505, align 4
  %2507 = add i32 %2504, %2506
  %2508 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %2507, ptr %2508, align 4
  %2509 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2510 = load i32, ptr %2509, align 4
  %2511 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2512 = load i32, ptr %2511, align 4
  %2513 = xor i32 %2510, %2512
  %2514 = call i32 @rotr32(i32 noundef %2513, i32 noundef 7)
  %2515 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %2514, ptr %2515, align 4
  br label %2516

2516:                                             ; preds = %2453
  br label %2517

2517:                                             ; preds = %2516
  %2518 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2519 = load i32, ptr %2518, align 4
  %2520 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2521 = load i32, ptr %2520, align 4
  %2522 = add i32 %2519, %2521
  %2523 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 12), align 1
  %2524 = zext i8 %2523 to i32
  %2525 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2524
  %2526 = load i32, ptr %2525, align 4
  %2527 = add i32 %2522, %2526
  %2528 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %2527, ptr %2528, align 4
  %2529 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2530 = load i32, ptr %2529, align 4
  %2531 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2532 = load i32, ptr %2531, align 4
  %2533 = xor i32 %2530, %2532
  %2534 = call i32 @rotr32(i32 noundef %2533, i32 noundef 16)
  %2535 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %2534, ptr %2535, align 4
  %2536 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2537 = load i32, ptr %2536, align 4
  %2538 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2539 = load i32, ptr %2538, align 4
  %2540 = add i32 %2537, %2539
  %2541 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %2540, ptr %2541, align 4
  %2542 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2543 = load i32, ptr %2542, align 4
  %2544 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2545 = load i32, ptr %2544, align 4
  %2546 = xor i32 %2543, %2545
  %2547 = call i32 @rotr32(i32 noundef %2546, i32 noundef 12)
  %2548 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %2547, ptr %2548, align 4
  %2549 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2550 = load i32, ptr %2549, align 4
  %2551 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2552 = load i32, ptr %2551, align 4
  %2553 = add i32 %2550, %2552
  %2554 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 13), align 1
  %2555 = zext i8 %2554 to i32
  %2556 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2555
  %2557 = load i32, ptr %2556, align 4
  %2558 = add i32 %2553, %2557
  %2559 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %2558, ptr %2559, align 4
  %2560 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2561 = load i32, ptr %2560, align 4
  %2562 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2563 = load i32, ptr %2562, align 4
  %2564 = xor i32 %2561, %2563
  %2565 = call i32 @rotr32(i32 noundef %2564, i32 noundef 8)
  %2566 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %2565, ptr %2566, align 4
  %2567 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2568 = load i32, ptr %2567, align 4
  %2569 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2570 = load i32, ptr %2569, align 4
  %2571 = add i32 %2568, %2570
  %2572 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %2571, ptr %2572, align 4
  %2573 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2574 = load i32, ptr %2573, align 4
  %2575 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2576 = load i32, ptr %2575, align 4
  %2577 = xor i32 %2574, %2576
  %2578 = call i32 @rotr32(i32 noundef %2577, i32 noundef 7)
  %2579 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %2578, ptr %2579, align 4
  br label %2580

2580:                                             ; preds = %2517
  br label %2581

2581:                                             ; preds = %2580
  %2582 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2583 = load i32, ptr %2582, align 4
  %2584 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2585 = load i32, ptr %2584, align 4
  %2586 = add i32 %2583, %2585
  %2587 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 14), align 1
  %2588 = zext i8 %2587 to i32
  %2589 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2588
  %2590 = load i32, ptr %2589, align 4
  %2591 = add i32 %2586, %2590
  %2592 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %2591, ptr %2592, align 4
  %2593 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2594 = load i32, ptr %2593, align 4
  %2595 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2596 = load i32, ptr %2595, align 4
  %2597 = xor i32 %2594, %2596
  %2598 = call i32 @rotr32(i32 noundef %2597, i32 noundef 16)
  %2599 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %2598, ptr %2599, align 4
  %2600 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2601 = load i32, ptr %2600, align 4
  %2602 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2603 = load i32, ptr %2602, align 4
  %2604 = add i32 %2601, %2603
  %2605 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %2604, ptr %2605, align 4
  %2606 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2607 = load i32, ptr %2606, align 4
  %2608 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2609 = load i32, ptr %2608, align 4
  %2610 = xor i32 %2607, %2609
  %2611 = call i32 @rotr32(i32 noundef %2610, i32 noundef 12)
  %2612 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %2611, ptr %2612, align 4
  %2613 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2614 = load i32, ptr %2613, align 4
  %2615 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2616 = load i32, ptr %2615, align 4
  %2617 = add i32 %2614, %2616
  %2618 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 4), i32 0, i32 15), align 1
  %2619 = zext i8 %2618 to i32
  %2620 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2619
  %2621 = load i32, ptr %2620, align 4
  %2622 = add i32 %2617, %2621
  %2623 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %2622, ptr %2623, align 4
  %2624 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2625 = load i32, ptr %2624, align 4
  %2626 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2627 = load i32, ptr %2626, align 4
  %2628 = xor i32 %2625, %2627
  %2629 = call i32 @rotr32(i32 noundef %2628, i32 noundef 8)
  %2630 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %2629, ptr %2630, align 4
  %2631 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2632 = load i32, ptr %2631, align 4
  %2633 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2634 = load i32, ptr %2633, align 4
  %2635 = add i32 %2632, %2634
  %2636 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %2635, ptr %2636, align 4
  %2637 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2638 = load i32, ptr %2637, align 4
  %2639 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2640 = load i32, ptr %2639, align 4
  %2641 = xor i32 %2638, %2640
  %2642 = call i32 @rotr32(i32 noundef %2641, i32 noundef 7)
  %2643 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %2642, ptr %2643, align 4
  br label %2644

2644:                                             ; preds = %2581
  br label %2645

2645:                                             ; preds = %2644
  br label %2646

2646:                                             ; preds = %2645
  br label %2647

2647:                                             ; preds = %2646
  %2648 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2649 = load i32, ptr %2648, align 4
  %2650 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2651 = load i32, ptr %2650, align 4
  %2652 = add i32 %2649, %2651
  %2653 = load i8, ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), align 1
  %2654 = zext i8 %2653 to i32
  %2655 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2654
  %2656 = load i32, ptr %2655, align 4
  %2657 = add i32 %2652, %2656
  %2658 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %2657, ptr %2658, align 4
  %2659 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2660 = load i32, ptr %2659, align 4
  %2661 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2662 = load i32, ptr %2661, align 4
  %2663 = xor i32 %2660, %2662
  %2664 = call i32 @rotr32(i32 noundef %2663, i32 noundef 16)
  %2665 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %2664, ptr %2665, align 4
  %2666 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2667 = load i32, ptr %2666, align 4
  %2668 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2669 = load i32, ptr %2668, align 4
  %2670 = add i32 %2667, %2669
  %2671 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %2670, ptr %2671, align 4
  %2672 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2673 = load i32, ptr %2672, align 4
  %2674 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2675 = load i32, ptr %2674, align 4
  %2676 = xor i32 %2673, %2675
  %2677 = call i32 @rotr32(i32 noundef %2676, i32 noundef 12)
  %2678 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %2677, ptr %2678, align 4
  %2679 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2680 = load i32, ptr %2679, align 4
  %2681 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2682 = load i32, ptr %2681, align 4
  %2683 = add i32 %2680, %2682
  %2684 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 1), align 1
  %2685 = zext i8 %2684 to i32
  %2686 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2685
  %2687 = load i32, ptr %2686, align 4
  %2688 = add i32 %2683, %2687
  %2689 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %2688, ptr %2689, align 4
  %2690 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2691 = load i32, ptr %2690, align 4
  %2692 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2693 = load i32, ptr %2692, align 4
  %2694 = xor i32 %2691, %2693
  %2695 = call i32 @rotr32(i32 noundef %2694, i32 noundef 8)
  %2696 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %2695, ptr %2696, align 4
  %2697 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2698 = load i32, ptr %2697, align 4
  %2699 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2700 = load i32, ptr %2699, align 4
  %2701 = add i32 %2698, %2700
  %2702 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %2701, ptr %2702, align 4
  %2703 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %2704 = load i32, ptr %2703, align 4
  %2705 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %2706 = load i32, ptr %2705, align 4
  %2707 = xor i32 %2704, %2706
  %2708 = call i32 @rotr32(i32 noundef %2707, i32 noundef 7)
  %2709 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %2708, ptr %2709, align 4
  br label %2710

2710:                                             ; preds = %2647
  br label %2711

2711:                                             ; preds = %2710
  %2712 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2713 = load i32, ptr %2712, align 4
  %2714 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2715 = load i32, ptr %2714, align 4
  %2716 = add i32 %2713, %2715
  %2717 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 2), align 1
  %2718 = zext i8 %2717 to i32
  %2719 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2718
  %2720 = load i32, ptr %2719, align 4
  %2721 = add i32 %2716, %2720
  %2722 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %2721, ptr %2722, align 4
  %2723 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2724 = load i32, ptr %2723, align 4
  %2725 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2726 = load i32, ptr %2725, align 4
  %2727 = xor i32 %2724, %2726
  %2728 = call i32 @rotr32(i32 noundef %2727, i32 noundef 16)
  %2729 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %2728, ptr %2729, align 4
  %2730 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2731 = load i32, ptr %2730, align 4
  %2732 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2733 = load i32, ptr %2732, align 4
  %2734 = add i32 %2731, %2733
  %2735 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %2734, ptr %2735, align 4
  %2736 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2737 = load i32, ptr %2736, align 4
  %2738 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2739 = load i32, ptr %2738, align 4
  %2740 = xor i32 %2737, %2739
  %2741 = call i32 @rotr32(i32 noundef %2740, i32 noundef 12)
  %2742 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %2741, ptr %2742, align 4
  %2743 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2744 = load i32, ptr %2743, align 4
  %2745 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2746 = load i32, ptr %2745, align 4
  %2747 = add i32 %2744, %2746
  %2748 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 3), align 1
  %2749 = zext i8 %2748 to i32
  %2750 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2749
  %2751 = load i32, ptr %2750, align 4
  %2752 = add i32 %2747, %2751
  %2753 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %2752, ptr %2753, align 4
  %2754 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2755 = load i32, ptr %2754, align 4
  %2756 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2757 = load i32, ptr %2756, align 4
  %2758 = xor i32 %2755, %2757
  %2759 = call i32 @rotr32(i32 noundef %2758, i32 noundef 8)
  %2760 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %2759, ptr %2760, align 4
  %2761 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2762 = load i32, ptr %2761, align 4
  %2763 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %2764 = load i32, ptr %2763, align 4
  %2765 = add i32 %2762, %2764
  %2766 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %2765, ptr %2766, align 4
  %2767 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2768 = load i32, ptr %2767, align 4
  %2769 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %2770 = load i32, ptr %2769, align 4
  %2771 = xor i32 %2768, %2770
  %2772 = call i32 @rotr32(i32 noundef %2771, i32 noundef 7)
  %2773 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %2772, ptr %2773, align 4
  br label %2774

2774:                                             ; preds = %2711
  br label %2775

2775:                                             ; preds = %2774
  %2776 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2777 = load i32, ptr %2776, align 4
  %2778 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2779 = load i32, ptr %2778, align 4
  %2780 = add i32 %2777, %2779
  %2781 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 4), align 1
  %2782 = zext i8 %2781 to i32
  %2783 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2782
  %2784 = load i32, ptr %2783, align 4
  %2785 = add i32 %2780, %2784
  %2786 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %2785, ptr %2786, align 4
  %2787 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2788 = load i32, ptr %2787, align 4
  %2789 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2790 = load i32, ptr %2789, align 4
  %2791 = xor i32 %2788, %2790
  %2792 = call i32 @rotr32(i32 noundef %2791, i32 noundef 16)
  %2793 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %2792, ptr %2793, align 4
  %2794 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2795 = load i32, ptr %2794, align 4
  %2796 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2797 = load i32, ptr %2796, align 4
  %2798 = add i32 %2795, %2797
  %2799 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %2798, ptr %2799, align 4
  %2800 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2801 = load i32, ptr %2800, align 4
  %2802 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2803 = load i32, ptr %2802, align 4
  %2804 = xor i32 %2801, %2803
  %2805 = call i32 @rotr32(i32 noundef %2804, i32 noundef 12)
  %2806 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %2805, ptr %2806, align 4
  %2807 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2808 = load i32, ptr %2807, align 4
  %2809 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2810 = load i32, ptr %2809, align 4
  %2811 = add i32 %2808, %2810
  %2812 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 5), align 1
  %2813 = zext i8 %2812 to i32
  %2814 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2813
  %2815 = load i32, ptr %2814, align 4
  %2816 = add i32 %2811, %2815
  %2817 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %2816, ptr %2817, align 4
  %2818 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2819 = load i32, ptr %2818, align 4
  %2820 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %2821 = load i32, ptr %2820, align 4
  %2822 = xor i32 %2819, %2821
  %2823 = call i32 @rotr32(i32 noundef %2822, i32 noundef 8)
  %2824 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %2823, ptr %2824, align 4
  %2825 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2826 = load i32, ptr %2825, align 4
  %2827 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %2828 = load i32, ptr %2827, align 4
  %2829 = add i32 %2826, %2828
  %2830 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %2829, ptr %2830, align 4
  %2831 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2832 = load i32, ptr %2831, align 4
  %2833 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2834 = load i32, ptr %2833, align 4
  %2835 = xor i32 %2832, %2834
  %2836 = call i32 @rotr32(i32 noundef %2835, i32 noundef 7)
  %2837 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %2836, ptr %2837, align 4
  br label %2838

2838:                                             ; preds = %2775
  br label %2839

2839:                                             ; preds = %2838
  %2840 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2841 = load i32, ptr %2840, align 4
  %2842 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2843 = load i32, ptr %2842, align 4
  %2844 = add i32 %2841, %2843
  %2845 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 6), align 1
  %2846 = zext i8 %2845 to i32
  %2847 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2846
  %2848 = load i32, ptr %2847, align 4
  %2849 = add i32 %2844, %2848
  %2850 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %2849, ptr %2850, align 4
  %2851 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2852 = load i32, ptr %2851, align 4
  %2853 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2854 = load i32, ptr %2853, align 4
  %2855 = xor i32 %2852, %2854
  %2856 = call i32 @rotr32(i32 noundef %2855, i32 noundef 16)
  %2857 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %2856, ptr %2857, align 4
  %2858 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2859 = load i32, ptr %2858, align 4
  %2860 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2861 = load i32, ptr %2860, align 4
  %2862 = add i32 %2859, %2861
  %2863 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %2862, ptr %2863, align 4
  %2864 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2865 = load i32, ptr %2864, align 4
  %2866 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2867 = load i32, ptr %2866, align 4
  %2868 = xor i32 %2865, %2867
  %2869 = call i32 @rotr32(i32 noundef %2868, i32 noundef 12)
  %2870 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %2869, ptr %2870, align 4
  %2871 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2872 = load i32, ptr %2871, align 4
  %2873 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2874 = load i32, ptr %2873, align 4
  %2875 = add i32 %2872, %2874
  %2876 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 7), align 1
  %2877 = zext i8 %2876 to i32
  %2878 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2877
  %2879 = load i32, ptr %2878, align 4
  %2880 = add i32 %2875, %2879
  %2881 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %2880, ptr %2881, align 4
  %2882 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2883 = load i32, ptr %2882, align 4
  %2884 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %2885 = load i32, ptr %2884, align 4
  %2886 = xor i32 %2883, %2885
  %2887 = call i32 @rotr32(i32 noundef %2886, i32 noundef 8)
  %2888 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %2887, ptr %2888, align 4
  %2889 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2890 = load i32, ptr %2889, align 4
  %2891 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2892 = load i32, ptr %2891, align 4
  %2893 = add i32 %2890, %2892
  %2894 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %2893, ptr %2894, align 4
  %2895 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %2896 = load i32, ptr %2895, align 4
  %2897 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2898 = load i32, ptr %2897, align 4
  %2899 = xor i32 %2896, %2898
  %2900 = call i32 @rotr32(i32 noundef %2899, i32 noundef 7)
  %2901 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %2900, ptr %2901, align 4
  br label %2902

2902:                                             ; preds = %2839
  br label %2903

2903:                                             ; preds = %2902
  %2904 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2905 = load i32, ptr %2904, align 4
  %2906 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2907 = load i32, ptr %2906, align 4
  %2908 = add i32 %2905, %2907
  %2909 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 8), align 1
  %2910 = zext i8 %2909 to i32
  %2911 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2910
  %2912 = load i32, ptr %2911, align 4
  %2913 = add i32 %2908, %2912
  %2914 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %2913, ptr %2914, align 4
  %2915 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2916 = load i32, ptr %2915, align 4
  %2917 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2918 = load i32, ptr %2917, align 4
  %2919 = xor i32 %2916, %2918
  %2920 = call i32 @rotr32(i32 noundef %2919, i32 noundef 16)
  %2921 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %2920, ptr %2921, align 4
  %2922 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2923 = load i32, ptr %2922, align 4
  %2924 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2925 = load i32, ptr %2924, align 4
  %2926 = add i32 %2923, %2925
  %2927 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %2926, ptr %2927, align 4
  %2928 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2929 = load i32, ptr %2928, align 4
  %2930 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2931 = load i32, ptr %2930, align 4
  %2932 = xor i32 %2929, %2931
  %2933 = call i32 @rotr32(i32 noundef %2932, i32 noundef 12)
  %2934 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %2933, ptr %2934, align 4
  %2935 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2936 = load i32, ptr %2935, align 4
  %2937 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2938 = load i32, ptr %2937, align 4
  %2939 = add i32 %2936, %2938
  %2940 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 9), align 1
  %2941 = zext i8 %2940 to i32
  %2942 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2941
  %2943 = load i32, ptr %2942, align 4
  %2944 = add i32 %2939, %2943
  %2945 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %2944, ptr %2945, align 4
  %2946 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2947 = load i32, ptr %2946, align 4
  %2948 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %2949 = load i32, ptr %2948, align 4
  %2950 = xor i32 %2947, %2949
  %2951 = call i32 @rotr32(i32 noundef %2950, i32 noundef 8)
  %2952 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %2951, ptr %2952, align 4
  %2953 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2954 = load i32, ptr %2953, align 4
  %2955 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %2956 = load i32, ptr %2955, align 4
  %2957 = add i32 %2954, %2956
  %2958 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %2957, ptr %2958, align 4
  %2959 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %2960 = load i32, ptr %2959, align 4
  %2961 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %2962 = load i32, ptr %2961, align 4
  %2963 = xor i32 %2960, %2962
  %2964 = call i32 @rotr32(i32 noundef %2963, i32 noundef 7)
  %2965 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %2964, ptr %2965, align 4
  br label %2966

2966:                                             ; preds = %2903
  br label %2967

2967:                                             ; preds = %2966
  %2968 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2969 = load i32, ptr %2968, align 4
  %2970 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2971 = load i32, ptr %2970, align 4
  %2972 = add i32 %2969, %2971
  %2973 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 10), align 1
  %2974 = zext i8 %2973 to i32
  %2975 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %2974
  %2976 = load i32, ptr %2975, align 4
  %2977 = add i32 %2972, %2976
  %2978 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %2977, ptr %2978, align 4
  %2979 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2980 = load i32, ptr %2979, align 4
  %2981 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %2982 = load i32, ptr %2981, align 4
  %2983 = xor i32 %2980, %2982
  %2984 = call i32 @rotr32(i32 noundef %2983, i32 noundef 16)
  %2985 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %2984, ptr %2985, align 4
  %2986 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2987 = load i32, ptr %2986, align 4
  %2988 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %2989 = load i32, ptr %2988, align 4
  %2990 = add i32 %2987, %2989
  %2991 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %2990, ptr %2991, align 4
  %2992 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %2993 = load i32, ptr %2992, align 4
  %2994 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %2995 = load i32, ptr %2994, align 4
  %2996 = xor i32 %2993, %2995
  %2997 = call i32 @rotr32(i32 noundef %2996, i32 noundef 12)
  %2998 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %2997, ptr %2998, align 4
  %2999 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3000 = load i32, ptr %2999, align 4
  %3001 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3002 = load i32, ptr %3001, align 4
  %3003 = add i32 %3000, %3002
  %3004 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 11), align 1
  %3005 = zext i8 %3004 to i32
  %3006 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3005
  %3007 = load i32, ptr %3006, align 4
  %3008 = add i32 %3003, %3007
  %3009 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %3008, ptr %3009, align 4
  %3010 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3011 = load i32, ptr %3010, align 4
  %3012 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3013 = load i32, ptr %3012, align 4
  %3014 = xor i32 %3011, %3013
  %3015 = call i32 @rotr32(i32 noundef %3014, i32 noundef 8)
  %3016 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %3015, ptr %3016, align 4
  %3017 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3018 = load i32, ptr %3017, align 4
  %3019 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3020 = load i32, ptr %3019, align 4
  %3021 = add i32 %3018, %3020
  %3022 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %3021, ptr %3022, align 4
  %3023 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3024 = load i32, ptr %3023, align 4
  %3025 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3026 = load i32, ptr %3025, align 4
  %3027 = xor i32 %3024, %3026
  %3028 = call i32 @rotr32(i32 noundef %3027, i32 noundef 7)
  %3029 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %3028, ptr %3029, align 4
  br label %3030

3030:                                             ; preds = %2967
  br label %3031

3031:                                             ; preds = %3030
  %3032 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3033 = load i32, ptr %3032, align 4
  %3034 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3035 = load i32, ptr %3034, align 4
  %3036 = add i32 %3033, %3035
  %3037 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 12), align 1
  %3038 = zext i8 %3037 to i32
  %3039 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3038
  %3040 = load i32, ptr %3039, align 4
  %3041 = add i32 %3036, %3040
  %3042 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %3041, ptr %3042, align 4
  %3043 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3044 = load i32, ptr %3043, align 4
  %3045 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3046 = load i32, ptr %3045, align 4
  %3047 = xor i32 %3044, %3046
  %3048 = call i32 @rotr32(i32 noundef %3047, i32 noundef 16)
  %3049 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %3048, ptr %3049, align 4
  %3050 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3051 = load i32, ptr %3050, align 4
  %3052 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3053 = load i32, ptr %3052, align 4
  %3054 = add i32 %3051, %3053
  %3055 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %3054, ptr %3055, align 4
  %3056 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3057 = load i32, ptr %3056, align 4
  %3058 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3059 = load i32, ptr %3058, align 4
  %3060 = xor i32 %3057, %3059
  %3061 = call i32 @rotr32(i32 noundef %3060, i32 noundef 12)
  %3062 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %3061, ptr %3062, align 4
  %3063 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3064 = load i32, ptr %3063, align 4
  %3065 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3066 = load i32, ptr %3065, align 4
  %3067 = add i32 %3064, %3066
  %3068 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 13), align 1
  %3069 = zext i8 %3068 to i32
  %3070 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3069
  %3071 = load i32, ptr %3070, align 4
  %3072 = add i32 %3067, %3071
  %3073 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %3072, ptr %3073, align 4
  %3074 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3075 = load i32, ptr %3074, align 4
  %3076 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3077 = load i32, ptr %3076, align 4
  %3078 = xor i32 %3075, %3077
  %3079 = call i32 @rotr32(i32 noundef %3078, i32 noundef 8)
  %3080 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %3079, ptr %3080, align 4
  %3081 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3082 = load i32, ptr %3081, align 4
  %3083 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3084 = load i32, ptr %3083, align 4
  %3085 = add i32 %3082, %3084
  %3086 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %3085, ptr %3086, align 4
  %3087 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3088 = load i32, ptr %3087, align 4
  %3089 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3090 = load i32, ptr %3089, align 4
  %3091 = xor i32 %3088, %3090
  %3092 = call i32 @rotr32(i32 noundef %3091, i32 noundef 7)
  %3093 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %3092, ptr %3093, align 4
  br label %3094

3094:                                             ; preds = %3031
  br label %3095

3095:                                             ; preds = %3094
  %3096 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3097 = load i32, ptr %3096, align 4
  %3098 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3099 = load i32, ptr %3098, align 4
  %3100 = add i32 %3097, %3099
  %3101 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 14), align 1
  %3102 = zext i8 %3101 to i32
  %3103 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3102
  %3104 = load i32, ptr %3103, align 4
  %3105 = add i32 %3100, %3104
  %3106 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %3105, ptr %3106, align 4
  %3107 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3108 = load i32, ptr %3107, align 4
  %3109 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3110 = load i32, ptr %3109, align 4
  %3111 = xor i32 %3108, %3110
  %3112 = call i32 @rotr32(i32 noundef %3111, i32 noundef 16)
  %3113 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %3112, ptr %3113, align 4
  %3114 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3115 = load i32, ptr %3114, align 4
  %3116 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3117 = load i32, ptr %3116, align 4
  %3118 = add i32 %3115, %3117
  %3119 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %3118, ptr %3119, align 4
  %3120 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3121 = load i32, ptr %3120, align 4
  %3122 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3123 = load i32, ptr %3122, align 4
  %3124 = xor i32 %3121, %3123
  %3125 = call i32 @rotr32(i32 noundef %3124, i32 noundef 12)
  %3126 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %3125, ptr %3126, align 4
  %3127 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3128 = load i32, ptr %3127, align 4
  %3129 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3130 = load i32, ptr %3129, align 4
  %3131 = add i32 %3128, %3130
  %3132 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 5), i32 0, i32 15), align 1
  %3133 = zext i8 %3132 to i32
  %3134 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3133
  %3135 = load i32, ptr %3134, align 4
  %3136 = add i32 %3131, %3135
  %3137 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %3136, ptr %3137, align 4
  %3138 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3139 = load i32, ptr %3138, align 4
  %3140 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3141 = load i32, ptr %3140, align 4
  %3142 = xor i32 %3139, %3141
  %3143 = call i32 @rotr32(i32 noundef %3142, i32 noundef 8)
  %3144 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %3143, ptr %3144, align 4
  %3145 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3146 = load i32, ptr %3145, align 4
  %3147 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3148 = load i32, ptr %3147, align 4
  %3149 = add i32 %3146, %3148
  %3150 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %3149, ptr %3150, align 4
  %3151 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3152 = load i32, ptr %3151, align 4
  %3153 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3154 = load i32, ptr %3153, align 4
  %3155 = xor i32 %3152, %3154
  %3156 = call i32 @rotr32(i32 noundef %3155, i32 noundef 7)
  %3157 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %3156, ptr %3157, align 4
  br label %3158

3158:                                             ; preds = %3095
  br label %3159

3159:                                             ; preds = %3158
  br label %3160

3160:                                             ; preds = %3159
  br label %3161

3161:                                             ; preds = %3160
  %3162 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3163 = load i32, ptr %3162, align 4
  %3164 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3165 = load i32, ptr %3164, align 4
  %3166 = add i32 %3163, %3165
  %3167 = load i8, ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), align 1
  %3168 = zext i8 %3167 to i32
  %3169 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3168
  %3170 = load i32, ptr %3169, align 4
  %3171 = add i32 %3166, %3170
  %3172 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %3171, ptr %3172, align 4
  %3173 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3174 = load i32, ptr %3173, align 4
  %3175 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3176 = load i32, ptr %3175, align 4
  %3177 = xor i32 %3174, %3176
  %3178 = call i32 @rotr32(i32 noundef %3177, i32 noundef 16)
  %3179 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %3178, ptr %3179, align 4
  %3180 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3181 = load i32, ptr %3180, align 4
  %3182 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3183 = load i32, ptr %3182, align 4
  %3184 = add i32 %3181, %3183
  %3185 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %3184, ptr %3185, align 4
  %3186 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3187 = load i32, ptr %3186, align 4
  %3188 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3189 = load i32, ptr %3188, align 4
  %3190 = xor i32 %3187, %3189
  %3191 = call i32 @rotr32(i32 noundef %3190, i32 noundef 12)
  %3192 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %3191, ptr %3192, align 4
  %3193 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3194 = load i32, ptr %3193, align 4
  %3195 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3196 = load i32, ptr %3195, align 4
  %3197 = add i32 %3194, %3196
  %3198 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 1), align 1
  %3199 = zext i8 %3198 to i32
  %3200 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3199
  %3201 = load i32, ptr %3200, align 4
  %3202 = add i32 %3197, %3201
  %3203 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %3202, ptr %3203, align 4
  %3204 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3205 = load i32, ptr %3204, align 4
  %3206 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3207 = load i32, ptr %3206, align 4
  %3208 = xor i32 %3205, %3207
  %3209 = call i32 @rotr32(i32 noundef %3208, i32 noundef 8)
  %3210 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %3209, ptr %3210, align 4
  %3211 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3212 = load i32, ptr %3211, align 4
  %3213 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3214 = load i32, ptr %3213, align 4
  %3215 = add i32 %3212, %3214
  %3216 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %3215, ptr %3216, align 4
  %3217 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3218 = load i32, ptr %3217, align 4
  %3219 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3220 = load i32, ptr %3219, align 4
  %3221 = xor i32 %3218, %3220
  %3222 = call i32 @rotr32(i32 noundef %3221, i32 noundef 7)
  %3223 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %3222, ptr %3223, align 4
  br label %3224

3224:                                             ; preds = %3161
  br label %3225

3225:                                             ; preds = %3224
  %3226 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3227 = load i32, ptr %3226, align 4
  %3228 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3229 = load i32, ptr %3228, align 4
  %3230 = add i32 %3227, %3229
  %3231 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 2), align 1
  %3232 = zext i8 %3231 to i32
  %3233 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3232
  %3234 = load i32, ptr %3233, align 4
  %3235 = add i32 %3230, %3234
  %3236 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %3235, ptr %3236, align 4
  %3237 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3238 = load i32, ptr %3237, align 4
  %3239 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3240 = load i32, ptr %3239, align 4
  %3241 = xor i32 %3238, %3240
  %3242 = call i32 @rotr32(i32 noundef %3241, i32 noundef 16)
  %3243 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %3242, ptr %3243, align 4
  %3244 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3245 = load i32, ptr %3244, align 4
  %3246 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3247 = load i32, ptr %3246, align 4
  %3248 = add i32 %3245, %3247
  %3249 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %3248, ptr %3249, align 4
  %3250 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3251 = load i32, ptr %3250, align 4
  %3252 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3253 = load i32, ptr %3252, align 4
  %3254 = xor i32 %3251, %3253
  %3255 = call i32 @rotr32(i32 noundef %3254, i32 noundef 12)
  %3256 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %3255, ptr %3256, align 4
  %3257 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3258 = load i32, ptr %3257, align 4
  %3259 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3260 = load i32, ptr %3259, align 4
  %3261 = add i32 %3258, %3260
  %3262 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 3), align 1
  %3263 = zext i8 %3262 to i32
  %3264 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3263
  %3265 = load i32, ptr %3264, align 4
  %3266 = add i32 %3261, %3265
  %3267 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %3266, ptr %3267, align 4
  %3268 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3269 = load i32, ptr %3268, align 4
  %3270 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3271 = load i32, ptr %3270, align 4
  %3272 = xor i32 %3269, %3271
  %3273 = call i32 @rotr32(i32 noundef %3272, i32 noundef 8)
  %3274 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %3273, ptr %3274, align 4
  %3275 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3276 = load i32, ptr %3275, align 4
  %3277 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3278 = load i32, ptr %3277, align 4
  %3279 = add i32 %3276, %3278
  %3280 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %3279, ptr %3280, align 4
  %3281 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3282 = load i32, ptr %3281, align 4
  %3283 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3284 = load i32, ptr %3283, align 4
  %3285 = xor i32 %3282, %3284
  %3286 = call i32 @rotr32(i32 noundef %3285, i32 noundef 7)
  %3287 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %3286, ptr %3287, align 4
  br label %3288

3288:                                             ; preds = %3225
  br label %3289

3289:                                             ; preds = %3288
  %3290 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3291 = load i32, ptr %3290, align 4
  %3292 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3293 = load i32, ptr %3292, align 4
  %3294 = add i32 %3291, %3293
  %3295 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 4), align 1
  %3296 = zext i8 %3295 to i32
  %3297 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3296
  %3298 = load i32, ptr %3297, align 4
  %3299 = add i32 %3294, %3298
  %3300 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %3299, ptr %3300, align 4
  %3301 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3302 = load i32, ptr %3301, align 4
  %3303 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3304 = load i32, ptr %3303, align 4
  %3305 = xor i32 %3302, %3304
  %3306 = call i32 @rotr32(i32 noundef %3305, i32 noundef 16)
  %3307 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %3306, ptr %3307, align 4
  %3308 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3309 = load i32, ptr %3308, align 4
  %3310 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3311 = load i32, ptr %3310, align 4
  %3312 = add i32 %3309, %3311
  %3313 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %3312, ptr %3313, align 4
  %3314 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3315 = load i32, ptr %3314, align 4
  %3316 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3317 = load i32, ptr %3316, align 4
  %3318 = xor i32 %3315, %3317
  %3319 = call i32 @rotr32(i32 noundef %3318, i32 noundef 12)
  %3320 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %3319, ptr %3320, align 4
  %3321 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3322 = load i32, ptr %3321, align 4
  %3323 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3324 = load i32, ptr %3323, align 4
  %3325 = add i32 %3322, %3324
  %3326 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 5), align 1
  %3327 = zext i8 %3326 to i32
  %3328 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3327
  %3329 = load i32, ptr %3328, align 4
  %3330 = add i32 %3325, %3329
  %3331 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %3330, ptr %3331, align 4
  %3332 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3333 = load i32, ptr %3332, align 4
  %3334 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3335 = load i32, ptr %3334, align 4
  %3336 = xor i32 %3333, %3335
  %3337 = call i32 @rotr32(i32 noundef %3336, i32 noundef 8)
  %3338 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %3337, ptr %3338, align 4
  %3339 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3340 = load i32, ptr %3339, align 4
  %3341 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3342 = load i32, ptr %3341, align 4
  %3343 = add i32 %3340, %3342
  %3344 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %3343, ptr %3344, align 4
  %3345 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3346 = load i32, ptr %3345, align 4
  %3347 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3348 = load i32, ptr %3347, align 4
  %3349 = xor i32 %3346, %3348
  %3350 = call i32 @rotr32(i32 noundef %3349, i32 noundef 7)
  %3351 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %3350, ptr %3351, align 4
  br label %3352

3352:                                             ; preds = %3289
  br label %3353

3353:                                             ; preds = %3352
  %3354 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3355 = load i32, ptr %3354, align 4
  %3356 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3357 = load i32, ptr %3356, align 4
  %3358 = add i32 %3355, %3357
  %3359 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 6), align 1
  %3360 = zext i8 %3359 to i32
  %3361 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3360
  %3362 = load i32, ptr %3361, align 4
  %3363 = add i32 %3358, %3362
  %3364 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %3363, ptr %3364, align 4
  %3365 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3366 = load i32, ptr %3365, align 4
  %3367 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3368 = load i32, ptr %3367, align 4
  %3369 = xor i32 %3366, %3368
  %3370 = call i32 @rotr32(i32 noundef %3369, i32 noundef 16)
  %3371 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %3370, ptr %3371, align 4
  %3372 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3373 = load i32, ptr %3372, align 4
  %3374 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3375 = load i32, ptr %3374, align 4
  %3376 = add i32 %3373, %3375
  %3377 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %3376, ptr %3377, align 4
  %3378 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3379 = load i32, ptr %3378, align 4
  %3380 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3381 = load i32, ptr %3380, align 4
  %3382 = xor i32 %3379, %3381
  %3383 = call i32 @rotr32(i32 noundef %3382, i32 noundef 12)
  %3384 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %3383, ptr %3384, align 4
  %3385 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3386 = load i32, ptr %3385, align 4
  %3387 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3388 = load i32, ptr %3387, align 4
  %3389 = add i32 %3386, %3388
  %3390 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 7), align 1
  %3391 = zext i8 %3390 to i32
  %3392 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3391
  %3393 = load i32, ptr %3392, align 4
  %3394 = add i32 %3389, %3393
  %3395 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %3394, ptr %3395, align 4
  %3396 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3397 = load i32, ptr %3396, align 4
  %3398 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3399 = load i32, ptr %3398, align 4
  %3400 = xor i32 %3397, %3399
  %3401 = call i32 @rotr32(i32 noundef %3400, i32 noundef 8)
  %3402 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %3401, ptr %3402, align 4
  %3403 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3404 = load i32, ptr %3403, align 4
  %3405 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3406 = load i32, ptr %3405, align 4
  %3407 = add i32 %3404, %3406
  %3408 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %3407, ptr %3408, align 4
  %3409 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3410 = load i32, ptr %3409, align 4
  %3411 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3412 = load i32, ptr %3411, align 4
  %3413 = xor i32 %3410, %3412
  %3414 = call i32 @rotr32(i32 noundef %3413, i32 noundef 7)
  %3415 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %3414, ptr %3415, align 4
  br label %3416

3416:                                             ; preds = %3353
  br label %3417

3417:                                             ; preds = %3416
  %3418 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3419 = load i32, ptr %3418, align 4
  %3420 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3421 = load i32, ptr %3420, align 4
  %3422 = add i32 %3419, %3421
  %3423 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 8), align 1
  %3424 = zext i8 %3423 to i32
  %3425 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3424
  %3426 = load i32, ptr %3425, align 4
  %3427 = add i32 %3422, %3426
  %3428 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %3427, ptr %3428, align 4
  %3429 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3430 = load i32, ptr %3429, align 4
  %3431 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3432 = load i32, ptr %3431, align 4
  %3433 = xor i32 %3430, %3432
  %3434 = call i32 @rotr32(i32 noundef %3433, i32 noundef 16)
  %3435 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %3434, ptr %3435, align 4
  %3436 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3437 = load i32, ptr %3436, align 4
  %3438 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3439 = load i32, ptr %3438, align 4
  %3440 = add i32 %3437, %3439
  %3441 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %3440, ptr %3441, align 4
  %3442 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3443 = load i32, ptr %3442, align 4
  %3444 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3445 = load i32, ptr %3444, align 4
  %3446 = xor i32 %3443, %3445
  %3447 = call i32 @rotr32(i32 noundef %3446, i32 noundef 12)
  %3448 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %3447, ptr %3448, align 4
  %3449 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3450 = load i32, ptr %3449, align 4
  %3451 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3452 = load i32, ptr %3451, align 4
  %3453 = add i32 %3450, %3452
  %3454 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 9), align 1
  %3455 = zext i8 %3454 to i32
  %3456 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3455
  %3457 = load i32, ptr %3456, align 4
  %3458 = add i32 %3453, %3457
  %3459 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %3458, ptr %3459, align 4
  %3460 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3461 = load i32, ptr %3460, align 4
  %3462 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3463 = load i32, ptr %3462, align 4
  %3464 = xor i32 %3461, %3463
  %3465 = call i32 @rotr32(i32 noundef %3464, i32 noundef 8)
  %3466 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %3465, ptr %3466, align 4
  %3467 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3468 = load i32, ptr %3467, align 4
  %3469 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3470 = load i32, ptr %3469, align 4
  %3471 = add i32 %3468, %3470
  %3472 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %3471, ptr %3472, align 4
  %3473 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3474 = load i32, ptr %3473, align 4
  %3475 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3476 = load i32, ptr %3475, align 4
  %3477 = xor i32 %3474, %3476
  %3478 = call i32 @rotr32(i32 noundef %3477, i32 noundef 7)
  %3479 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %3478, ptr %3479, align 4
  br label %3480

3480:                                             ; preds = %3417
  br label %3481

3481:                                             ; preds = %3480
  %3482 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3483 = load i32, ptr %3482, align 4
  %3484 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3485 = load i32, ptr %3484, align 4
  %3486 = add i32 %3483, %3485
  %3487 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 10), align 1
  %3488 = zext i8 %3487 to i32
  %3489 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3488
  %3490 = load i32, ptr %3489, align 4
  %3491 = add i32 %3486, %3490
  %3492 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %3491, ptr %3492, align 4
  %3493 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3494 = load i32, ptr %3493, align 4
  %3495 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3496 = load i32, ptr %3495, align 4
  %3497 = xor i32 %3494, %3496
  %3498 = call i32 @rotr32(i32 noundef %3497, i32 noundef 16)
  %3499 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %3498, ptr %3499, align 4
  %3500 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3501 = load i32, ptr %3500, align 4
  %3502 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3503 = load i32, ptr %3502, align 4
  %3504 = add i32 %3501, %3503
  %3505 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %3504, ptr %3505, align 4
  %3506 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3507 = load i32, ptr %3506, align 4
  %3508 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3509 = load i32, ptr %3508, align 4
  %3510 = xor i32 %3507, %3509
  %3511 = call i32 @rotr32(i32 noundef %3510, i32 noundef 12)
  %3512 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %3511, ptr %3512, align 4
  %3513 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3514 = load i32, ptr %3513, align 4
  %3515 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3516 = load i32, ptr %3515, align 4
  %3517 = add i32 %3514, %3516
  %3518 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 11), align 1
  %3519 = zext i8 %3518 to i32
  %3520 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3519
  %3521 = load i32, ptr %3520, align 4
  %3522 = add i32 %3517, %3521
  %3523 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %3522, ptr %3523, align 4
  %3524 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3525 = load i32, ptr %3524, align 4
  %3526 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3527 = load i32, ptr %3526, align 4
  %3528 = xor i32 %3525, %3527
  %3529 = call i32 @rotr32(i32 noundef %3528, i32 noundef 8)
  %3530 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %3529, ptr %3530, align 4
  %3531 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3532 = load i32, ptr %3531, align 4
  %3533 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3534 = load i32, ptr %3533, align 4
  %3535 = add i32 %3532, %3534
  %3536 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %3535, ptr %3536, align 4
  %3537 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3538 = load i32, ptr %3537, align 4
  %3539 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3540 = load i32, ptr %3539, align 4
  %3541 = xor i32 %3538, %3540
  %3542 = call i32 @rotr32(i32 noundef %3541, i32 noundef 7)
  %3543 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %3542, ptr %3543, align 4
  br label %3544

3544:                                             ; preds = %3481
  br label %3545

3545:                                             ; preds = %3544
  %3546 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3547 = load i32, ptr %3546, align 4
  %3548 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3549 = load i32, ptr %3548, align 4
  %3550 = add i32 %3547, %3549
  %3551 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 12), align 1
  %3552 = zext i8 %3551 to i32
  %3553 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3552
  %3554 = load i32, ptr %3553, align 4
  %3555 = add i32 %3550, %3554
  %3556 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %3555, ptr %3556, align 4
  %3557 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3558 = load i32, ptr %3557, align 4
  %3559 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3560 = load i32, ptr %3559, align 4
  %3561 = xor i32 %3558, %3560
  %3562 = call i32 @rotr32(i32 noundef %3561, i32 noundef 16)
  %3563 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %3562, ptr %3563, align 4
  %3564 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3565 = load i32, ptr %3564, align 4
  %3566 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3567 = load i32, ptr %3566, align 4
  %3568 = add i32 %3565, %3567
  %3569 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %3568, ptr %3569, align 4
  %3570 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3571 = load i32, ptr %3570, align 4
  %3572 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3573 = load i32, ptr %3572, align 4
  %3574 = xor i32 %3571, %3573
  %3575 = call i32 @rotr32(i32 noundef %3574, i32 noundef 12)
  %3576 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %3575, ptr %3576, align 4
  %3577 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3578 = load i32, ptr %3577, align 4
  %3579 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3580 = load i32, ptr %3579, align 4
  %3581 = add i32 %3578, %3580
  %3582 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 13), align 1
  %3583 = zext i8 %3582 to i32
  %3584 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3583
  %3585 = load i32, ptr %3584, align 4
  %3586 = add i32 %3581, %3585
  %3587 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %3586, ptr %3587, align 4
  %3588 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3589 = load i32, ptr %3588, align 4
  %3590 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3591 = load i32, ptr %3590, align 4
  %3592 = xor i32 %3589, %3591
  %3593 = call i32 @rotr32(i32 noundef %3592, i32 noundef 8)
  %3594 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %3593, ptr %3594, align 4
  %3595 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3596 = load i32, ptr %3595, align 4
  %3597 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3598 = load i32, ptr %3597, align 4
  %3599 = add i32 %3596, %3598
  %3600 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %3599, ptr %3600, align 4
  %3601 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3602 = load i32, ptr %3601, align 4
  %3603 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3604 = load i32, ptr %3603, align 4
  %3605 = xor i32 %3602, %3604
  %3606 = call i32 @rotr32(i32 noundef %3605, i32 noundef 7)
  %3607 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %3606, ptr %3607, align 4
  br label %3608

3608:                                             ; preds = %3545
  br label %3609

3609:                                             ; preds = %3608
  %3610 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3611 = load i32, ptr %3610, align 4
  %3612 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3613 = load i32, ptr %3612, align 4
  %3614 = add i32 %3611, %3613
  %3615 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 14), align 1
  %3616 = zext i8 %3615 to i32
  %3617 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3616
  %3618 = load i32, ptr %3617, align 4
  %3619 = add i32 %3614, %3618
  %3620 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %3619, ptr %3620, align 4
  %3621 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3622 = load i32, ptr %3621, align 4
  %3623 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3624 = load i32, ptr %3623, align 4
  %3625 = xor i32 %3622, %3624
  %3626 = call i32 @rotr32(i32 noundef %3625, i32 noundef 16)
  %3627 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %3626, ptr %3627, align 4
  %3628 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3629 = load i32, ptr %3628, align 4
  %3630 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3631 = load i32, ptr %3630, align 4
  %3632 = add i32 %3629, %3631
  %3633 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %3632, ptr %3633, align 4
  %3634 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3635 = load i32, ptr %3634, align 4
  %3636 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3637 = load i32, ptr %3636, align 4
  %3638 = xor i32 %3635, %3637
  %3639 = call i32 @rotr32(i32 noundef %3638, i32 noundef 12)
  %3640 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %3639, ptr %3640, align 4
  %3641 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3642 = load i32, ptr %3641, align 4
  %3643 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3644 = load i32, ptr %3643, align 4
  %3645 = add i32 %3642, %3644
  %3646 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 6), i32 0, i32 15), align 1
  %3647 = zext i8 %3646 to i32
  %3648 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3647
  %3649 = load i32, ptr %3648, align 4
  %3650 = add i32 %3645, %3649
  %3651 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %3650, ptr %3651, align 4
  %3652 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3653 = load i32, ptr %3652, align 4
  %3654 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3655 = load i32, ptr %3654, align 4
  %3656 = xor i32 %3653, %3655
  %3657 = call i32 @rotr32(i32 noundef %3656, i32 noundef 8)
  %3658 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %3657, ptr %3658, align 4
  %3659 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3660 = load i32, ptr %3659, align 4
  %3661 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3662 = load i32, ptr %3661, align 4
  %3663 = add i32 %3660, %3662
  %3664 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %3663, ptr %3664, align 4
  %3665 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3666 = load i32, ptr %3665, align 4
  %3667 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3668 = load i32, ptr %3667, align 4
  %3669 = xor i32 %3666, %3668
  %3670 = call i32 @rotr32(i32 noundef %3669, i32 noundef 7)
  %3671 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %3670, ptr %3671, align 4
  br label %3672

3672:                                             ; preds = %3609
  br label %3673

3673:                                             ; preds = %3672
  br label %3674

3674:                                             ; preds = %3673
  br label %3675

3675:                                             ; preds = %3674
  %3676 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3677 = load i32, ptr %3676, align 4
  %3678 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3679 = load i32, ptr %3678, align 4
  %3680 = add i32 %3677, %3679
  %3681 = load i8, ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), align 1
  %3682 = zext i8 %3681 to i32
  %3683 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3682
  %3684 = load i32, ptr %3683, align 4
  %3685 = add i32 %3680, %3684
  %3686 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %3685, ptr %3686, align 4
  %3687 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3688 = load i32, ptr %3687, align 4
  %3689 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3690 = load i32, ptr %3689, align 4
  %3691 = xor i32 %3688, %3690
  %3692 = call i32 @rotr32(i32 noundef %3691, i32 noundef 16)
  %3693 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %3692, ptr %3693, align 4
  %3694 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3695 = load i32, ptr %3694, align 4
  %3696 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3697 = load i32, ptr %3696, align 4
  %3698 = add i32 %3695, %3697
  %3699 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %3698, ptr %3699, align 4
  %3700 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3701 = load i32, ptr %3700, align 4
  %3702 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3703 = load i32, ptr %3702, align 4
  %3704 = xor i32 %3701, %3703
  %3705 = call i32 @rotr32(i32 noundef %3704, i32 noundef 12)
  %3706 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %3705, ptr %3706, align 4
  %3707 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3708 = load i32, ptr %3707, align 4
  %3709 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3710 = load i32, ptr %3709, align 4
  %3711 = add i32 %3708, %3710
  %3712 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 1), align 1
  %3713 = zext i8 %3712 to i32
  %3714 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3713
  %3715 = load i32, ptr %3714, align 4
  %3716 = add i32 %3711, %3715
  %3717 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %3716, ptr %3717, align 4
  %3718 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3719 = load i32, ptr %3718, align 4
  %3720 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3721 = load i32, ptr %3720, align 4
  %3722 = xor i32 %3719, %3721
  %3723 = call i32 @rotr32(i32 noundef %3722, i32 noundef 8)
  %3724 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %3723, ptr %3724, align 4
  %3725 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3726 = load i32, ptr %3725, align 4
  %3727 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %3728 = load i32, ptr %3727, align 4
  %3729 = add i32 %3726, %3728
  %3730 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %3729, ptr %3730, align 4
  %3731 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %3732 = load i32, ptr %3731, align 4
  %3733 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %3734 = load i32, ptr %3733, align 4
  %3735 = xor i32 %3732, %3734
  %3736 = call i32 @rotr32(i32 noundef %3735, i32 noundef 7)
  %3737 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %3736, ptr %3737, align 4
  br label %3738

3738:                                             ; preds = %3675
  br label %3739

3739:                                             ; preds = %3738
  %3740 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3741 = load i32, ptr %3740, align 4
  %3742 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3743 = load i32, ptr %3742, align 4
  %3744 = add i32 %3741, %3743
  %3745 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 2), align 1
  %3746 = zext i8 %3745 to i32
  %3747 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3746
  %3748 = load i32, ptr %3747, align 4
  %3749 = add i32 %3744, %3748
  %3750 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %3749, ptr %3750, align 4
  %3751 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3752 = load i32, ptr %3751, align 4
  %3753 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3754 = load i32, ptr %3753, align 4
  %3755 = xor i32 %3752, %3754
  %3756 = call i32 @rotr32(i32 noundef %3755, i32 noundef 16)
  %3757 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %3756, ptr %3757, align 4
  %3758 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3759 = load i32, ptr %3758, align 4
  %3760 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3761 = load i32, ptr %3760, align 4
  %3762 = add i32 %3759, %3761
  %3763 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %3762, ptr %3763, align 4
  %3764 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3765 = load i32, ptr %3764, align 4
  %3766 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3767 = load i32, ptr %3766, align 4
  %3768 = xor i32 %3765, %3767
  %3769 = call i32 @rotr32(i32 noundef %3768, i32 noundef 12)
  %3770 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %3769, ptr %3770, align 4
  %3771 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3772 = load i32, ptr %3771, align 4
  %3773 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3774 = load i32, ptr %3773, align 4
  %3775 = add i32 %3772, %3774
  %3776 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 3), align 1
  %3777 = zext i8 %3776 to i32
  %3778 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3777
  %3779 = load i32, ptr %3778, align 4
  %3780 = add i32 %3775, %3779
  %3781 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %3780, ptr %3781, align 4
  %3782 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3783 = load i32, ptr %3782, align 4
  %3784 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3785 = load i32, ptr %3784, align 4
  %3786 = xor i32 %3783, %3785
  %3787 = call i32 @rotr32(i32 noundef %3786, i32 noundef 8)
  %3788 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %3787, ptr %3788, align 4
  %3789 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3790 = load i32, ptr %3789, align 4
  %3791 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %3792 = load i32, ptr %3791, align 4
  %3793 = add i32 %3790, %3792
  %3794 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %3793, ptr %3794, align 4
  %3795 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3796 = load i32, ptr %3795, align 4
  %3797 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %3798 = load i32, ptr %3797, align 4
  %3799 = xor i32 %3796, %3798
  %3800 = call i32 @rotr32(i32 noundef %3799, i32 noundef 7)
  %3801 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %3800, ptr %3801, align 4
  br label %3802

3802:                                             ; preds = %3739
  br label %3803

3803:                                             ; preds = %3802
  %3804 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3805 = load i32, ptr %3804, align 4
  %3806 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3807 = load i32, ptr %3806, align 4
  %3808 = add i32 %3805, %3807
  %3809 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 4), align 1
  %3810 = zext i8 %3809 to i32
  %3811 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3810
  %3812 = load i32, ptr %3811, align 4
  %3813 = add i32 %3808, %3812
  %3814 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %3813, ptr %3814, align 4
  %3815 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3816 = load i32, ptr %3815, align 4
  %3817 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3818 = load i32, ptr %3817, align 4
  %3819 = xor i32 %3816, %3818
  %3820 = call i32 @rotr32(i32 noundef %3819, i32 noundef 16)
  %3821 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %3820, ptr %3821, align 4
  %3822 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3823 = load i32, ptr %3822, align 4
  %3824 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3825 = load i32, ptr %3824, align 4
  %3826 = add i32 %3823, %3825
  %3827 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %3826, ptr %3827, align 4
  %3828 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3829 = load i32, ptr %3828, align 4
  %3830 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3831 = load i32, ptr %3830, align 4
  %3832 = xor i32 %3829, %3831
  %3833 = call i32 @rotr32(i32 noundef %3832, i32 noundef 12)
  %3834 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %3833, ptr %3834, align 4
  %3835 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3836 = load i32, ptr %3835, align 4
  %3837 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3838 = load i32, ptr %3837, align 4
  %3839 = add i32 %3836, %3838
  %3840 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 5), align 1
  %3841 = zext i8 %3840 to i32
  %3842 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3841
  %3843 = load i32, ptr %3842, align 4
  %3844 = add i32 %3839, %3843
  %3845 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %3844, ptr %3845, align 4
  %3846 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3847 = load i32, ptr %3846, align 4
  %3848 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %3849 = load i32, ptr %3848, align 4
  %3850 = xor i32 %3847, %3849
  %3851 = call i32 @rotr32(i32 noundef %3850, i32 noundef 8)
  %3852 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %3851, ptr %3852, align 4
  %3853 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3854 = load i32, ptr %3853, align 4
  %3855 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %3856 = load i32, ptr %3855, align 4
  %3857 = add i32 %3854, %3856
  %3858 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %3857, ptr %3858, align 4
  %3859 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3860 = load i32, ptr %3859, align 4
  %3861 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3862 = load i32, ptr %3861, align 4
  %3863 = xor i32 %3860, %3862
  %3864 = call i32 @rotr32(i32 noundef %3863, i32 noundef 7)
  %3865 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %3864, ptr %3865, align 4
  br label %3866

3866:                                             ; preds = %3803
  br label %3867

3867:                                             ; preds = %3866
  %3868 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3869 = load i32, ptr %3868, align 4
  %3870 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3871 = load i32, ptr %3870, align 4
  %3872 = add i32 %3869, %3871
  %3873 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 6), align 1
  %3874 = zext i8 %3873 to i32
  %3875 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3874
  %3876 = load i32, ptr %3875, align 4
  %3877 = add i32 %3872, %3876
  %3878 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %3877, ptr %3878, align 4
  %3879 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3880 = load i32, ptr %3879, align 4
  %3881 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3882 = load i32, ptr %3881, align 4
  %3883 = xor i32 %3880, %3882
  %3884 = call i32 @rotr32(i32 noundef %3883, i32 noundef 16)
  %3885 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %3884, ptr %3885, align 4
  %3886 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3887 = load i32, ptr %3886, align 4
  %3888 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3889 = load i32, ptr %3888, align 4
  %3890 = add i32 %3887, %3889
  %3891 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %3890, ptr %3891, align 4
  %3892 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3893 = load i32, ptr %3892, align 4
  %3894 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3895 = load i32, ptr %3894, align 4
  %3896 = xor i32 %3893, %3895
  %3897 = call i32 @rotr32(i32 noundef %3896, i32 noundef 12)
  %3898 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %3897, ptr %3898, align 4
  %3899 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3900 = load i32, ptr %3899, align 4
  %3901 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3902 = load i32, ptr %3901, align 4
  %3903 = add i32 %3900, %3902
  %3904 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 7), align 1
  %3905 = zext i8 %3904 to i32
  %3906 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3905
  %3907 = load i32, ptr %3906, align 4
  %3908 = add i32 %3903, %3907
  %3909 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %3908, ptr %3909, align 4
  %3910 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3911 = load i32, ptr %3910, align 4
  %3912 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %3913 = load i32, ptr %3912, align 4
  %3914 = xor i32 %3911, %3913
  %3915 = call i32 @rotr32(i32 noundef %3914, i32 noundef 8)
  %3916 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %3915, ptr %3916, align 4
  %3917 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3918 = load i32, ptr %3917, align 4
  %3919 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3920 = load i32, ptr %3919, align 4
  %3921 = add i32 %3918, %3920
  %3922 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %3921, ptr %3922, align 4
  %3923 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %3924 = load i32, ptr %3923, align 4
  %3925 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %3926 = load i32, ptr %3925, align 4
  %3927 = xor i32 %3924, %3926
  %3928 = call i32 @rotr32(i32 noundef %3927, i32 noundef 7)
  %3929 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %3928, ptr %3929, align 4
  br label %3930

3930:                                             ; preds = %3867
  br label %3931

3931:                                             ; preds = %3930
  %3932 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3933 = load i32, ptr %3932, align 4
  %3934 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3935 = load i32, ptr %3934, align 4
  %3936 = add i32 %3933, %3935
  %3937 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 8), align 1
  %3938 = zext i8 %3937 to i32
  %3939 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3938
  %3940 = load i32, ptr %3939, align 4
  %3941 = add i32 %3936, %3940
  %3942 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %3941, ptr %3942, align 4
  %3943 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3944 = load i32, ptr %3943, align 4
  %3945 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3946 = load i32, ptr %3945, align 4
  %3947 = xor i32 %3944, %3946
  %3948 = call i32 @rotr32(i32 noundef %3947, i32 noundef 16)
  %3949 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %3948, ptr %3949, align 4
  %3950 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3951 = load i32, ptr %3950, align 4
  %3952 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3953 = load i32, ptr %3952, align 4
  %3954 = add i32 %3951, %3953
  %3955 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %3954, ptr %3955, align 4
  %3956 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3957 = load i32, ptr %3956, align 4
  %3958 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3959 = load i32, ptr %3958, align 4
  %3960 = xor i32 %3957, %3959
  %3961 = call i32 @rotr32(i32 noundef %3960, i32 noundef 12)
  %3962 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %3961, ptr %3962, align 4
  %3963 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3964 = load i32, ptr %3963, align 4
  %3965 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3966 = load i32, ptr %3965, align 4
  %3967 = add i32 %3964, %3966
  %3968 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 9), align 1
  %3969 = zext i8 %3968 to i32
  %3970 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %3969
  %3971 = load i32, ptr %3970, align 4
  %3972 = add i32 %3967, %3971
  %3973 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %3972, ptr %3973, align 4
  %3974 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3975 = load i32, ptr %3974, align 4
  %3976 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %3977 = load i32, ptr %3976, align 4
  %3978 = xor i32 %3975, %3977
  %3979 = call i32 @rotr32(i32 noundef %3978, i32 noundef 8)
  %3980 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %3979, ptr %3980, align 4
  %3981 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3982 = load i32, ptr %3981, align 4
  %3983 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %3984 = load i32, ptr %3983, align 4
  %3985 = add i32 %3982, %3984
  %3986 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %3985, ptr %3986, align 4
  %3987 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %3988 = load i32, ptr %3987, align 4
  %3989 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %3990 = load i32, ptr %3989, align 4
  %3991 = xor i32 %3988, %3990
  %3992 = call i32 @rotr32(i32 noundef %3991, i32 noundef 7)
  %3993 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %3992, ptr %3993, align 4
  br label %3994

3994:                                             ; preds = %3931
  br label %3995

3995:                                             ; preds = %3994
  %3996 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %3997 = load i32, ptr %3996, align 4
  %3998 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %3999 = load i32, ptr %3998, align 4
  %4000 = add i32 %3997, %3999
  %4001 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 10), align 1
  %4002 = zext i8 %4001 to i32
  %4003 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4002
  %4004 = load i32, ptr %4003, align 4
  %4005 = add i32 %4000, %4004
  %4006 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %4005, ptr %4006, align 4
  %4007 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4008 = load i32, ptr %4007, align 4
  %4009 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4010 = load i32, ptr %4009, align 4
  %4011 = xor i32 %4008, %4010
  %4012 = call i32 @rotr32(i32 noundef %4011, i32 noundef 16)
  %4013 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %4012, ptr %4013, align 4
  %4014 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4015 = load i32, ptr %4014, align 4
  %4016 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4017 = load i32, ptr %4016, align 4
  %4018 = add i32 %4015, %4017
  %4019 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %4018, ptr %4019, align 4
  %4020 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4021 = load i32, ptr %4020, align 4
  %4022 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4023 = load i32, ptr %4022, align 4
  %4024 = xor i32 %4021, %4023
  %4025 = call i32 @rotr32(i32 noundef %4024, i32 noundef 12)
  %4026 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %4025, ptr %4026, align 4
  %4027 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4028 = load i32, ptr %4027, align 4
  %4029 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4030 = load i32, ptr %4029, align 4
  %4031 = add i32 %4028, %4030
  %4032 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 11), align 1
  %4033 = zext i8 %4032 to i32
  %4034 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4033
  %4035 = load i32, ptr %4034, align 4
  %4036 = add i32 %4031, %4035
  %4037 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %4036, ptr %4037, align 4
  %4038 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4039 = load i32, ptr %4038, align 4
  %4040 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4041 = load i32, ptr %4040, align 4
  %4042 = xor i32 %4039, %4041
  %4043 = call i32 @rotr32(i32 noundef %4042, i32 noundef 8)
  %4044 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %4043, ptr %4044, align 4
  %4045 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4046 = load i32, ptr %4045, align 4
  %4047 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4048 = load i32, ptr %4047, align 4
  %4049 = add i32 %4046, %4048
  %4050 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %4049, ptr %4050, align 4
  %4051 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4052 = load i32, ptr %4051, align 4
  %4053 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4054 = load i32, ptr %4053, align 4
  %4055 = xor i32 %4052, %4054
  %4056 = call i32 @rotr32(i32 noundef %4055, i32 noundef 7)
  %4057 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %4056, ptr %4057, align 4
  br label %4058

4058:                                             ; preds = %3995
  br label %4059

4059:                                             ; preds = %4058
  %4060 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4061 = load i32, ptr %4060, align 4
  %4062 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4063 = load i32, ptr %4062, align 4
  %4064 = add i32 %4061, %4063
  %4065 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 12), align 1
  %4066 = zext i8 %4065 to i32
  %4067 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4066
  %4068 = load i32, ptr %4067, align 4
  %4069 = add i32 %4064, %4068
  %4070 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %4069, ptr %4070, align 4
  %4071 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4072 = load i32, ptr %4071, align 4
  %4073 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4074 = load i32, ptr %4073, align 4
  %4075 = xor i32 %4072, %4074
  %4076 = call i32 @rotr32(i32 noundef %4075, i32 noundef 16)
  %4077 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %4076, ptr %4077, align 4
  %4078 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4079 = load i32, ptr %4078, align 4
  %4080 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4081 = load i32, ptr %4080, align 4
  %4082 = add i32 %4079, %4081
  %4083 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %4082, ptr %4083, align 4
  %4084 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4085 = load i32, ptr %4084, align 4
  %4086 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4087 = load i32, ptr %4086, align 4
  %4088 = xor i32 %4085, %4087
  %4089 = call i32 @rotr32(i32 noundef %4088, i32 noundef 12)
  %4090 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %4089, ptr %4090, align 4
  %4091 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4092 = load i32, ptr %4091, align 4
  %4093 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4094 = load i32, ptr %4093, align 4
  %4095 = add i32 %4092, %4094
  %4096 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 13), align 1
  %4097 = zext i8 %4096 to i32
  %4098 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4097
  %4099 = load i32, ptr %4098, align 4
  %4100 = add i32 %4095, %4099
  %4101 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %4100, ptr %4101, align 4
  %4102 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4103 = load i32, ptr %4102, align 4
  %4104 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4105 = load i32, ptr %4104, align 4
  %4106 = xor i32 %4103, %4105
  %4107 = call i32 @rotr32(i32 noundef %4106, i32 noundef 8)
  %4108 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %4107, ptr %4108, align 4
  %4109 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4110 = load i32, ptr %4109, align 4
  %4111 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4112 = load i32, ptr %4111, align 4
  %4113 = add i32 %4110, %4112
  %4114 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %4113, ptr %4114, align 4
  %4115 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4116 = load i32, ptr %4115, align 4
  %4117 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4118 = load i32, ptr %4117, align 4
  %4119 = xor i32 %4116, %4118
  %4120 = call i32 @rotr32(i32 noundef %4119, i32 noundef 7)
  %4121 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %4120, ptr %4121, align 4
  br label %4122

4122:                                             ; preds = %4059
  br label %4123

4123:                                             ; preds = %4122
  %4124 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4125 = load i32, ptr %4124, align 4
  %4126 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4127 = load i32, ptr %4126, align 4
  %4128 = add i32 %4125, %4127
  %4129 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 14), align 1
  %4130 = zext i8 %4129 to i32
  %4131 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4130
  %4132 = load i32, ptr %4131, align 4
  %4133 = add i32 %4128, %4132
  %4134 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %4133, ptr %4134, align 4
  %4135 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4136 = load i32, ptr %4135, align 4
  %4137 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4138 = load i32, ptr %4137, align 4
  %4139 = xor i32 %4136, %4138
  %4140 = call i32 @rotr32(i32 noundef %4139, i32 noundef 16)
  %4141 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %4140, ptr %4141, align 4
  %4142 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4143 = load i32, ptr %4142, align 4
  %4144 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4145 = load i32, ptr %4144, align 4
  %4146 = add i32 %4143, %4145
  %4147 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %4146, ptr %4147, align 4
  %4148 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4149 = load i32, ptr %4148, align 4
  %4150 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4151 = load i32, ptr %4150, align 4
  %4152 = xor i32 %4149, %4151
  %4153 = call i32 @rotr32(i32 noundef %4152, i32 noundef 12)
  %4154 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %4153, ptr %4154, align 4
  %4155 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4156 = load i32, ptr %4155, align 4
  %4157 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4158 = load i32, ptr %4157, align 4
  %4159 = add i32 %4156, %4158
  %4160 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 7), i32 0, i32 15), align 1
  %4161 = zext i8 %4160 to i32
  %4162 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4161
  %4163 = load i32, ptr %4162, align 4
  %4164 = add i32 %4159, %4163
  %4165 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %4164, ptr %4165, align 4
  %4166 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4167 = load i32, ptr %4166, align 4
  %4168 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4169 = load i32, ptr %4168, align 4
  %4170 = xor i32 %4167, %4169
  %4171 = call i32 @rotr32(i32 noundef %4170, i32 noundef 8)
  %4172 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %4171, ptr %4172, align 4
  %4173 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4174 = load i32, ptr %4173, align 4
  %4175 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4176 = load i32, ptr %4175, align 4
  %4177 = add i32 %4174, %4176
  %4178 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %4177, ptr %4178, align 4
  %4179 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4180 = load i32, ptr %4179, align 4
  %4181 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4182 = load i32, ptr %4181, align 4
  %4183 = xor i32 %4180, %4182
  %4184 = call i32 @rotr32(i32 noundef %4183, i32 noundef 7)
  %4185 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %4184, ptr %4185, align 4
  br label %4186

4186:                                             ; preds = %4123
  br label %4187

4187:                                             ; preds = %4186
  br label %4188

4188:                                             ; preds = %4187
  br label %4189

4189:                                             ; preds = %4188
  %4190 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4191 = load i32, ptr %4190, align 4
  %4192 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4193 = load i32, ptr %4192, align 4
  %4194 = add i32 %4191, %4193
  %4195 = load i8, ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), align 1
  %4196 = zext i8 %4195 to i32
  %4197 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4196
  %4198 = load i32, ptr %4197, align 4
  %4199 = add i32 %4194, %4198
  %4200 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %4199, ptr %4200, align 4
  %4201 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4202 = load i32, ptr %4201, align 4
  %4203 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4204 = load i32, ptr %4203, align 4
  %4205 = xor i32 %4202, %4204
  %4206 = call i32 @rotr32(i32 noundef %4205, i32 noundef 16)
  %4207 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %4206, ptr %4207, align 4
  %4208 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4209 = load i32, ptr %4208, align 4
  %4210 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4211 = load i32, ptr %4210, align 4
  %4212 = add i32 %4209, %4211
  %4213 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %4212, ptr %4213, align 4
  %4214 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4215 = load i32, ptr %4214, align 4
  %4216 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4217 = load i32, ptr %4216, align 4
  %4218 = xor i32 %4215, %4217
  %4219 = call i32 @rotr32(i32 noundef %4218, i32 noundef 12)
  %4220 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %4219, ptr %4220, align 4
  %4221 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4222 = load i32, ptr %4221, align 4
  %4223 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4224 = load i32, ptr %4223, align 4
  %4225 = add i32 %4222, %4224
  %4226 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 1), align 1
  %4227 = zext i8 %4226 to i32
  %4228 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4227
  %4229 = load i32, ptr %4228, align 4
  %4230 = add i32 %4225, %4229
  %4231 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %4230, ptr %4231, align 4
  %4232 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4233 = load i32, ptr %4232, align 4
  %4234 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4235 = load i32, ptr %4234, align 4
  %4236 = xor i32 %4233, %4235
  %4237 = call i32 @rotr32(i32 noundef %4236, i32 noundef 8)
  %4238 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %4237, ptr %4238, align 4
  %4239 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4240 = load i32, ptr %4239, align 4
  %4241 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4242 = load i32, ptr %4241, align 4
  %4243 = add i32 %4240, %4242
  %4244 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %4243, ptr %4244, align 4
  %4245 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4246 = load i32, ptr %4245, align 4
  %4247 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4248 = load i32, ptr %4247, align 4
  %4249 = xor i32 %4246, %4248
  %4250 = call i32 @rotr32(i32 noundef %4249, i32 noundef 7)
  %4251 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %4250, ptr %4251, align 4
  br label %4252

4252:                                             ; preds = %4189
  br label %4253

4253:                                             ; preds = %4252
  %4254 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4255 = load i32, ptr %4254, align 4
  %4256 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4257 = load i32, ptr %4256, align 4
  %4258 = add i32 %4255, %4257
  %4259 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 2), align 1
  %4260 = zext i8 %4259 to i32
  %4261 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4260
  %4262 = load i32, ptr %4261, align 4
  %4263 = add i32 %4258, %4262
  %4264 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %4263, ptr %4264, align 4
  %4265 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4266 = load i32, ptr %4265, align 4
  %4267 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4268 = load i32, ptr %4267, align 4
  %4269 = xor i32 %4266, %4268
  %4270 = call i32 @rotr32(i32 noundef %4269, i32 noundef 16)
  %4271 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %4270, ptr %4271, align 4
  %4272 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4273 = load i32, ptr %4272, align 4
  %4274 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4275 = load i32, ptr %4274, align 4
  %4276 = add i32 %4273, %4275
  %4277 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %4276, ptr %4277, align 4
  %4278 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4279 = load i32, ptr %4278, align 4
  %4280 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4281 = load i32, ptr %4280, align 4
  %4282 = xor i32 %4279, %4281
  %4283 = call i32 @rotr32(i32 noundef %4282, i32 noundef 12)
  %4284 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %4283, ptr %4284, align 4
  %4285 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4286 = load i32, ptr %4285, align 4
  %4287 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4288 = load i32, ptr %4287, align 4
  %4289 = add i32 %4286, %4288
  %4290 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 3), align 1
  %4291 = zext i8 %4290 to i32
  %4292 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4291
  %4293 = load i32, ptr %4292, align 4
  %4294 = add i32 %4289, %4293
  %4295 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %4294, ptr %4295, align 4
  %4296 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4297 = load i32, ptr %4296, align 4
  %4298 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4299 = load i32, ptr %4298, align 4
  %4300 = xor i32 %4297, %4299
  %4301 = call i32 @rotr32(i32 noundef %4300, i32 noundef 8)
  %4302 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %4301, ptr %4302, align 4
  %4303 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4304 = load i32, ptr %4303, align 4
  %4305 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4306 = load i32, ptr %4305, align 4
  %4307 = add i32 %4304, %4306
  %4308 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %4307, ptr %4308, align 4
  %4309 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4310 = load i32, ptr %4309, align 4
  %4311 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4312 = load i32, ptr %4311, align 4
  %4313 = xor i32 %4310, %4312
  %4314 = call i32 @rotr32(i32 noundef %4313, i32 noundef 7)
  %4315 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %4314, ptr %4315, align 4
  br label %4316

4316:                                             ; preds = %4253
  br label %4317

4317:                                             ; preds = %4316
  %4318 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4319 = load i32, ptr %4318, align 4
  %4320 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4321 = load i32, ptr %4320, align 4
  %4322 = add i32 %4319, %4321
  %4323 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 4), align 1
  %4324 = zext i8 %4323 to i32
  %4325 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4324
  %4326 = load i32, ptr %4325, align 4
  %4327 = add i32 %4322, %4326
  %4328 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %4327, ptr %4328, align 4
  %4329 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4330 = load i32, ptr %4329, align 4
  %4331 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4332 = load i32, ptr %4331, align 4
  %4333 = xor i32 %4330, %4332
  %4334 = call i32 @rotr32(i32 noundef %4333, i32 noundef 16)
  %4335 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %4334, ptr %4335, align 4
  %4336 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4337 = load i32, ptr %4336, align 4
  %4338 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4339 = load i32, ptr %4338, align 4
  %4340 = add i32 %4337, %4339
  %4341 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %4340, ptr %4341, align 4
  %4342 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4343 = load i32, ptr %4342, align 4
  %4344 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4345 = load i32, ptr %4344, align 4
  %4346 = xor i32 %4343, %4345
  %4347 = call i32 @rotr32(i32 noundef %4346, i32 noundef 12)
  %4348 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %4347, ptr %4348, align 4
  %4349 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4350 = load i32, ptr %4349, align 4
  %4351 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4352 = load i32, ptr %4351, align 4
  %4353 = add i32 %4350, %4352
  %4354 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 5), align 1
  %4355 = zext i8 %4354 to i32
  %4356 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4355
  %4357 = load i32, ptr %4356, align 4
  %4358 = add i32 %4353, %4357
  %4359 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %4358, ptr %4359, align 4
  %4360 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4361 = load i32, ptr %4360, align 4
  %4362 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4363 = load i32, ptr %4362, align 4
  %4364 = xor i32 %4361, %4363
  %4365 = call i32 @rotr32(i32 noundef %4364, i32 noundef 8)
  %4366 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %4365, ptr %4366, align 4
  %4367 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4368 = load i32, ptr %4367, align 4
  %4369 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4370 = load i32, ptr %4369, align 4
  %4371 = add i32 %4368, %4370
  %4372 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %4371, ptr %4372, align 4
  %4373 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4374 = load i32, ptr %4373, align 4
  %4375 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4376 = load i32, ptr %4375, align 4
  %4377 = xor i32 %4374, %4376
  %4378 = call i32 @rotr32(i32 noundef %4377, i32 noundef 7)
  %4379 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %4378, ptr %4379, align 4
  br label %4380

4380:                                             ; preds = %4317
  br label %4381

4381:                                             ; preds = %4380
  %4382 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4383 = load i32, ptr %4382, align 4
  %4384 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4385 = load i32, ptr %4384, align 4
  %4386 = add i32 %4383, %4385
  %4387 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 6), align 1
  %4388 = zext i8 %4387 to i32
  %4389 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4388
  %4390 = load i32, ptr %4389, align 4
  %4391 = add i32 %4386, %4390
  %4392 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %4391, ptr %4392, align 4
  %4393 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4394 = load i32, ptr %4393, align 4
  %4395 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4396 = load i32, ptr %4395, align 4
  %4397 = xor i32 %4394, %4396
  %4398 = call i32 @rotr32(i32 noundef %4397, i32 noundef 16)
  %4399 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %4398, ptr %4399, align 4
  %4400 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4401 = load i32, ptr %4400, align 4
  %4402 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4403 = load i32, ptr %4402, align 4
  %4404 = add i32 %4401, %4403
  %4405 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %4404, ptr %4405, align 4
  %4406 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4407 = load i32, ptr %4406, align 4
  %4408 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4409 = load i32, ptr %4408, align 4
  %4410 = xor i32 %4407, %4409
  %4411 = call i32 @rotr32(i32 noundef %4410, i32 noundef 12)
  %4412 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %4411, ptr %4412, align 4
  %4413 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4414 = load i32, ptr %4413, align 4
  %4415 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4416 = load i32, ptr %4415, align 4
  %4417 = add i32 %4414, %4416
  %4418 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 7), align 1
  %4419 = zext i8 %4418 to i32
  %4420 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4419
  %4421 = load i32, ptr %4420, align 4
  %4422 = add i32 %4417, %4421
  %4423 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %4422, ptr %4423, align 4
  %4424 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4425 = load i32, ptr %4424, align 4
  %4426 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4427 = load i32, ptr %4426, align 4
  %4428 = xor i32 %4425, %4427
  %4429 = call i32 @rotr32(i32 noundef %4428, i32 noundef 8)
  %4430 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %4429, ptr %4430, align 4
  %4431 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4432 = load i32, ptr %4431, align 4
  %4433 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4434 = load i32, ptr %4433, align 4
  %4435 = add i32 %4432, %4434
  %4436 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %4435, ptr %4436, align 4
  %4437 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4438 = load i32, ptr %4437, align 4
  %4439 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4440 = load i32, ptr %4439, align 4
  %4441 = xor i32 %4438, %4440
  %4442 = call i32 @rotr32(i32 noundef %4441, i32 noundef 7)
  %4443 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %4442, ptr %4443, align 4
  br label %4444

4444:                                             ; preds = %4381
  br label %4445

4445:                                             ; preds = %4444
  %4446 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4447 = load i32, ptr %4446, align 4
  %4448 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4449 = load i32, ptr %4448, align 4
  %4450 = add i32 %4447, %4449
  %4451 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 8), align 1
  %4452 = zext i8 %4451 to i32
  %4453 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4452
  %4454 = load i32, ptr %4453, align 4
  %4455 = add i32 %4450, %4454
  %4456 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %4455, ptr %4456, align 4
  %4457 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4458 = load i32, ptr %4457, align 4
  %4459 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4460 = load i32, ptr %4459, align 4
  %4461 = xor i32 %4458, %4460
  %4462 = call i32 @rotr32(i32 noundef %4461, i32 noundef 16)
  %4463 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %4462, ptr %4463, align 4
  %4464 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4465 = load i32, ptr %4464, align 4
  %4466 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4467 = load i32, ptr %4466, align 4
  %4468 = add i32 %4465, %4467
  %4469 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %4468, ptr %4469, align 4
  %4470 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4471 = load i32, ptr %4470, align 4
  %4472 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4473 = load i32, ptr %4472, align 4
  %4474 = xor i32 %4471, %4473
  %4475 = call i32 @rotr32(i32 noundef %4474, i32 noundef 12)
  %4476 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %4475, ptr %4476, align 4
  %4477 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4478 = load i32, ptr %4477, align 4
  %4479 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4480 = load i32, ptr %4479, align 4
  %4481 = add i32 %4478, %4480
  %4482 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 9), align 1
  %4483 = zext i8 %4482 to i32
  %4484 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4483
  %4485 = load i32, ptr %4484, align 4
  %4486 = add i32 %4481, %4485
  %4487 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %4486, ptr %4487, align 4
  %4488 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4489 = load i32, ptr %4488, align 4
  %4490 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4491 = load i32, ptr %4490, align 4
  %4492 = xor i32 %4489, %4491
  %4493 = call i32 @rotr32(i32 noundef %4492, i32 noundef 8)
  %4494 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %4493, ptr %4494, align 4
  %4495 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4496 = load i32, ptr %4495, align 4
  %4497 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4498 = load i32, ptr %4497, align 4
  %4499 = add i32 %4496, %4498
  %4500 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %4499, ptr %4500, align 4
  %4501 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4502 = load i32, ptr %4501, align 4
  %4503 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4504 = load i32, ptr %4503, align 4
  %4505 = xor i32 %4502, %4504
  %4506 = call i32 @rotr32(i32 noundef %4505, i32 noundef 7)
  %4507 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %4506, ptr %4507, align 4
  br label %4508

4508:                                             ; preds = %4445
  br label %4509

4509:                                             ; preds = %4508
  %4510 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4511 = load i32, ptr %4510, align 4
  %4512 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4513 = load i32, ptr %4512, align 4
  %4514 = add i32 %4511, %4513
  %4515 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 10), align 1
  %4516 = zext i8 %4515 to i32
  %4517 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4516
  %4518 = load i32, ptr %4517, align 4
  %4519 = add i32 %4514, %4518
  %4520 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %4519, ptr %4520, align 4
  %4521 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4522 = load i32, ptr %4521, align 4
  %4523 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4524 = load i32, ptr %4523, align 4
  %4525 = xor i32 %4522, %4524
  %4526 = call i32 @rotr32(i32 noundef %4525, i32 noundef 16)
  %4527 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %4526, ptr %4527, align 4
  %4528 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4529 = load i32, ptr %4528, align 4
  %4530 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4531 = load i32, ptr %4530, align 4
  %4532 = add i32 %4529, %4531
  %4533 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %4532, ptr %4533, align 4
  %4534 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4535 = load i32, ptr %4534, align 4
  %4536 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4537 = load i32, ptr %4536, align 4
  %4538 = xor i32 %4535, %4537
  %4539 = call i32 @rotr32(i32 noundef %4538, i32 noundef 12)
  %4540 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %4539, ptr %4540, align 4
  %4541 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4542 = load i32, ptr %4541, align 4
  %4543 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4544 = load i32, ptr %4543, align 4
  %4545 = add i32 %4542, %4544
  %4546 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 11), align 1
  %4547 = zext i8 %4546 to i32
  %4548 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4547
  %4549 = load i32, ptr %4548, align 4
  %4550 = add i32 %4545, %4549
  %4551 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %4550, ptr %4551, align 4
  %4552 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4553 = load i32, ptr %4552, align 4
  %4554 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4555 = load i32, ptr %4554, align 4
  %4556 = xor i32 %4553, %4555
  %4557 = call i32 @rotr32(i32 noundef %4556, i32 noundef 8)
  %4558 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %4557, ptr %4558, align 4
  %4559 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4560 = load i32, ptr %4559, align 4
  %4561 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4562 = load i32, ptr %4561, align 4
  %4563 = add i32 %4560, %4562
  %4564 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %4563, ptr %4564, align 4
  %4565 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4566 = load i32, ptr %4565, align 4
  %4567 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4568 = load i32, ptr %4567, align 4
  %4569 = xor i32 %4566, %4568
  %4570 = call i32 @rotr32(i32 noundef %4569, i32 noundef 7)
  %4571 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %4570, ptr %4571, align 4
  br label %4572

4572:                                             ; preds = %4509
  br label %4573

4573:                                             ; preds = %4572
  %4574 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4575 = load i32, ptr %4574, align 4
  %4576 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4577 = load i32, ptr %4576, align 4
  %4578 = add i32 %4575, %4577
  %4579 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 12), align 1
  %4580 = zext i8 %4579 to i32
  %4581 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4580
  %4582 = load i32, ptr %4581, align 4
  %4583 = add i32 %4578, %4582
  %4584 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %4583, ptr %4584, align 4
  %4585 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4586 = load i32, ptr %4585, align 4
  %4587 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4588 = load i32, ptr %4587, align 4
  %4589 = xor i32 %4586, %4588
  %4590 = call i32 @rotr32(i32 noundef %4589, i32 noundef 16)
  %4591 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %4590, ptr %4591, align 4
  %4592 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4593 = load i32, ptr %4592, align 4
  %4594 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4595 = load i32, ptr %4594, align 4
  %4596 = add i32 %4593, %4595
  %4597 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %4596, ptr %4597, align 4
  %4598 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4599 = load i32, ptr %4598, align 4
  %4600 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4601 = load i32, ptr %4600, align 4
  %4602 = xor i32 %4599, %4601
  %4603 = call i32 @rotr32(i32 noundef %4602, i32 noundef 12)
  %4604 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %4603, ptr %4604, align 4
  %4605 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4606 = load i32, ptr %4605, align 4
  %4607 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4608 = load i32, ptr %4607, align 4
  %4609 = add i32 %4606, %4608
  %4610 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 13), align 1
  %4611 = zext i8 %4610 to i32
  %4612 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4611
  %4613 = load i32, ptr %4612, align 4
  %4614 = add i32 %4609, %4613
  %4615 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %4614, ptr %4615, align 4
  %4616 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4617 = load i32, ptr %4616, align 4
  %4618 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4619 = load i32, ptr %4618, align 4
  %4620 = xor i32 %4617, %4619
  %4621 = call i32 @rotr32(i32 noundef %4620, i32 noundef 8)
  %4622 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %4621, ptr %4622, align 4
  %4623 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4624 = load i32, ptr %4623, align 4
  %4625 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4626 = load i32, ptr %4625, align 4
  %4627 = add i32 %4624, %4626
  %4628 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %4627, ptr %4628, align 4
  %4629 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4630 = load i32, ptr %4629, align 4
  %4631 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4632 = load i32, ptr %4631, align 4
  %4633 = xor i32 %4630, %4632
  %4634 = call i32 @rotr32(i32 noundef %4633, i32 noundef 7)
  %4635 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %4634, ptr %4635, align 4
  br label %4636

4636:                                             ; preds = %4573
  br label %4637

4637:                                             ; preds = %4636
  %4638 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4639 = load i32, ptr %4638, align 4
  %4640 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4641 = load i32, ptr %4640, align 4
  %4642 = add i32 %4639, %4641
  %4643 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 14), align 1
  %4644 = zext i8 %4643 to i32
  %4645 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4644
  %4646 = load i32, ptr %4645, align 4
  %4647 = add i32 %4642, %4646
  %4648 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %4647, ptr %4648, align 4
  %4649 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4650 = load i32, ptr %4649, align 4
  %4651 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4652 = load i32, ptr %4651, align 4
  %4653 = xor i32 %4650, %4652
  %4654 = call i32 @rotr32(i32 noundef %4653, i32 noundef 16)
  %4655 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %4654, ptr %4655, align 4
  %4656 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4657 = load i32, ptr %4656, align 4
  %4658 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4659 = load i32, ptr %4658, align 4
  %4660 = add i32 %4657, %4659
  %4661 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %4660, ptr %4661, align 4
  %4662 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4663 = load i32, ptr %4662, align 4
  %4664 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4665 = load i32, ptr %4664, align 4
  %4666 = xor i32 %4663, %4665
  %4667 = call i32 @rotr32(i32 noundef %4666, i32 noundef 12)
  %4668 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %4667, ptr %4668, align 4
  %4669 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4670 = load i32, ptr %4669, align 4
  %4671 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4672 = load i32, ptr %4671, align 4
  %4673 = add i32 %4670, %4672
  %4674 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 8), i32 0, i32 15), align 1
  %4675 = zext i8 %4674 to i32
  %4676 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4675
  %4677 = load i32, ptr %4676, align 4
  %4678 = add i32 %4673, %4677
  %4679 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %4678, ptr %4679, align 4
  %4680 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4681 = load i32, ptr %4680, align 4
  %4682 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4683 = load i32, ptr %4682, align 4
  %4684 = xor i32 %4681, %4683
  %4685 = call i32 @rotr32(i32 noundef %4684, i32 noundef 8)
  %4686 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %4685, ptr %4686, align 4
  %4687 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4688 = load i32, ptr %4687, align 4
  %4689 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4690 = load i32, ptr %4689, align 4
  %4691 = add i32 %4688, %4690
  %4692 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %4691, ptr %4692, align 4
  %4693 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4694 = load i32, ptr %4693, align 4
  %4695 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4696 = load i32, ptr %4695, align 4
  %4697 = xor i32 %4694, %4696
  %4698 = call i32 @rotr32(i32 noundef %4697, i32 noundef 7)
  %4699 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %4698, ptr %4699, align 4
  br label %4700

4700:                                             ; preds = %4637
  br label %4701

4701:                                             ; preds = %4700
  br label %4702

4702:                                             ; preds = %4701
  br label %4703

4703:                                             ; preds = %4702
  %4704 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4705 = load i32, ptr %4704, align 4
  %4706 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4707 = load i32, ptr %4706, align 4
  %4708 = add i32 %4705, %4707
  %4709 = load i8, ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), align 1
  %4710 = zext i8 %4709 to i32
  %4711 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4710
  %4712 = load i32, ptr %4711, align 4
  %4713 = add i32 %4708, %4712
  %4714 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %4713, ptr %4714, align 4
  %4715 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4716 = load i32, ptr %4715, align 4
  %4717 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4718 = load i32, ptr %4717, align 4
  %4719 = xor i32 %4716, %4718
  %4720 = call i32 @rotr32(i32 noundef %4719, i32 noundef 16)
  %4721 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %4720, ptr %4721, align 4
  %4722 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4723 = load i32, ptr %4722, align 4
  %4724 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4725 = load i32, ptr %4724, align 4
  %4726 = add i32 %4723, %4725
  %4727 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %4726, ptr %4727, align 4
  %4728 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4729 = load i32, ptr %4728, align 4
  %4730 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4731 = load i32, ptr %4730, align 4
  %4732 = xor i32 %4729, %4731
  %4733 = call i32 @rotr32(i32 noundef %4732, i32 noundef 12)
  %4734 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %4733, ptr %4734, align 4
  %4735 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4736 = load i32, ptr %4735, align 4
  %4737 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4738 = load i32, ptr %4737, align 4
  %4739 = add i32 %4736, %4738
  %4740 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 1), align 1
  %4741 = zext i8 %4740 to i32
  %4742 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4741
  %4743 = load i32, ptr %4742, align 4
  %4744 = add i32 %4739, %4743
  %4745 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %4744, ptr %4745, align 4
  %4746 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4747 = load i32, ptr %4746, align 4
  %4748 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4749 = load i32, ptr %4748, align 4
  %4750 = xor i32 %4747, %4749
  %4751 = call i32 @rotr32(i32 noundef %4750, i32 noundef 8)
  %4752 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %4751, ptr %4752, align 4
  %4753 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4754 = load i32, ptr %4753, align 4
  %4755 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %4756 = load i32, ptr %4755, align 4
  %4757 = add i32 %4754, %4756
  %4758 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %4757, ptr %4758, align 4
  %4759 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %4760 = load i32, ptr %4759, align 4
  %4761 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %4762 = load i32, ptr %4761, align 4
  %4763 = xor i32 %4760, %4762
  %4764 = call i32 @rotr32(i32 noundef %4763, i32 noundef 7)
  %4765 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %4764, ptr %4765, align 4
  br label %4766

4766:                                             ; preds = %4703
  br label %4767

4767:                                             ; preds = %4766
  %4768 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4769 = load i32, ptr %4768, align 4
  %4770 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4771 = load i32, ptr %4770, align 4
  %4772 = add i32 %4769, %4771
  %4773 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 2), align 1
  %4774 = zext i8 %4773 to i32
  %4775 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4774
  %4776 = load i32, ptr %4775, align 4
  %4777 = add i32 %4772, %4776
  %4778 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %4777, ptr %4778, align 4
  %4779 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4780 = load i32, ptr %4779, align 4
  %4781 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4782 = load i32, ptr %4781, align 4
  %4783 = xor i32 %4780, %4782
  %4784 = call i32 @rotr32(i32 noundef %4783, i32 noundef 16)
  %4785 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %4784, ptr %4785, align 4
  %4786 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4787 = load i32, ptr %4786, align 4
  %4788 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4789 = load i32, ptr %4788, align 4
  %4790 = add i32 %4787, %4789
  %4791 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %4790, ptr %4791, align 4
  %4792 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4793 = load i32, ptr %4792, align 4
  %4794 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4795 = load i32, ptr %4794, align 4
  %4796 = xor i32 %4793, %4795
  %4797 = call i32 @rotr32(i32 noundef %4796, i32 noundef 12)
  %4798 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %4797, ptr %4798, align 4
  %4799 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4800 = load i32, ptr %4799, align 4
  %4801 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4802 = load i32, ptr %4801, align 4
  %4803 = add i32 %4800, %4802
  %4804 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 3), align 1
  %4805 = zext i8 %4804 to i32
  %4806 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4805
  %4807 = load i32, ptr %4806, align 4
  %4808 = add i32 %4803, %4807
  %4809 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %4808, ptr %4809, align 4
  %4810 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4811 = load i32, ptr %4810, align 4
  %4812 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %4813 = load i32, ptr %4812, align 4
  %4814 = xor i32 %4811, %4813
  %4815 = call i32 @rotr32(i32 noundef %4814, i32 noundef 8)
  %4816 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %4815, ptr %4816, align 4
  %4817 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4818 = load i32, ptr %4817, align 4
  %4819 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %4820 = load i32, ptr %4819, align 4
  %4821 = add i32 %4818, %4820
  %4822 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %4821, ptr %4822, align 4
  %4823 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4824 = load i32, ptr %4823, align 4
  %4825 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %4826 = load i32, ptr %4825, align 4
  %4827 = xor i32 %4824, %4826
  %4828 = call i32 @rotr32(i32 noundef %4827, i32 noundef 7)
  %4829 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %4828, ptr %4829, align 4
  br label %4830

4830:                                             ; preds = %4767
  br label %4831

4831:                                             ; preds = %4830
  %4832 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4833 = load i32, ptr %4832, align 4
  %4834 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4835 = load i32, ptr %4834, align 4
  %4836 = add i32 %4833, %4835
  %4837 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 4), align 1
  %4838 = zext i8 %4837 to i32
  %4839 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4838
  %4840 = load i32, ptr %4839, align 4
  %4841 = add i32 %4836, %4840
  %4842 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %4841, ptr %4842, align 4
  %4843 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4844 = load i32, ptr %4843, align 4
  %4845 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4846 = load i32, ptr %4845, align 4
  %4847 = xor i32 %4844, %4846
  %4848 = call i32 @rotr32(i32 noundef %4847, i32 noundef 16)
  %4849 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %4848, ptr %4849, align 4
  %4850 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4851 = load i32, ptr %4850, align 4
  %4852 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4853 = load i32, ptr %4852, align 4
  %4854 = add i32 %4851, %4853
  %4855 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %4854, ptr %4855, align 4
  %4856 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4857 = load i32, ptr %4856, align 4
  %4858 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4859 = load i32, ptr %4858, align 4
  %4860 = xor i32 %4857, %4859
  %4861 = call i32 @rotr32(i32 noundef %4860, i32 noundef 12)
  %4862 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %4861, ptr %4862, align 4
  %4863 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4864 = load i32, ptr %4863, align 4
  %4865 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4866 = load i32, ptr %4865, align 4
  %4867 = add i32 %4864, %4866
  %4868 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 5), align 1
  %4869 = zext i8 %4868 to i32
  %4870 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4869
  %4871 = load i32, ptr %4870, align 4
  %4872 = add i32 %4867, %4871
  %4873 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %4872, ptr %4873, align 4
  %4874 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4875 = load i32, ptr %4874, align 4
  %4876 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %4877 = load i32, ptr %4876, align 4
  %4878 = xor i32 %4875, %4877
  %4879 = call i32 @rotr32(i32 noundef %4878, i32 noundef 8)
  %4880 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %4879, ptr %4880, align 4
  %4881 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4882 = load i32, ptr %4881, align 4
  %4883 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %4884 = load i32, ptr %4883, align 4
  %4885 = add i32 %4882, %4884
  %4886 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %4885, ptr %4886, align 4
  %4887 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %4888 = load i32, ptr %4887, align 4
  %4889 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4890 = load i32, ptr %4889, align 4
  %4891 = xor i32 %4888, %4890
  %4892 = call i32 @rotr32(i32 noundef %4891, i32 noundef 7)
  %4893 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %4892, ptr %4893, align 4
  br label %4894

4894:                                             ; preds = %4831
  br label %4895

4895:                                             ; preds = %4894
  %4896 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4897 = load i32, ptr %4896, align 4
  %4898 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4899 = load i32, ptr %4898, align 4
  %4900 = add i32 %4897, %4899
  %4901 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 6), align 1
  %4902 = zext i8 %4901 to i32
  %4903 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4902
  %4904 = load i32, ptr %4903, align 4
  %4905 = add i32 %4900, %4904
  %4906 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %4905, ptr %4906, align 4
  %4907 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4908 = load i32, ptr %4907, align 4
  %4909 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4910 = load i32, ptr %4909, align 4
  %4911 = xor i32 %4908, %4910
  %4912 = call i32 @rotr32(i32 noundef %4911, i32 noundef 16)
  %4913 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %4912, ptr %4913, align 4
  %4914 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4915 = load i32, ptr %4914, align 4
  %4916 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4917 = load i32, ptr %4916, align 4
  %4918 = add i32 %4915, %4917
  %4919 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %4918, ptr %4919, align 4
  %4920 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4921 = load i32, ptr %4920, align 4
  %4922 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4923 = load i32, ptr %4922, align 4
  %4924 = xor i32 %4921, %4923
  %4925 = call i32 @rotr32(i32 noundef %4924, i32 noundef 12)
  %4926 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %4925, ptr %4926, align 4
  %4927 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4928 = load i32, ptr %4927, align 4
  %4929 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4930 = load i32, ptr %4929, align 4
  %4931 = add i32 %4928, %4930
  %4932 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 7), align 1
  %4933 = zext i8 %4932 to i32
  %4934 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4933
  %4935 = load i32, ptr %4934, align 4
  %4936 = add i32 %4931, %4935
  %4937 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %4936, ptr %4937, align 4
  %4938 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4939 = load i32, ptr %4938, align 4
  %4940 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %4941 = load i32, ptr %4940, align 4
  %4942 = xor i32 %4939, %4941
  %4943 = call i32 @rotr32(i32 noundef %4942, i32 noundef 8)
  %4944 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %4943, ptr %4944, align 4
  %4945 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4946 = load i32, ptr %4945, align 4
  %4947 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4948 = load i32, ptr %4947, align 4
  %4949 = add i32 %4946, %4948
  %4950 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %4949, ptr %4950, align 4
  %4951 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %4952 = load i32, ptr %4951, align 4
  %4953 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %4954 = load i32, ptr %4953, align 4
  %4955 = xor i32 %4952, %4954
  %4956 = call i32 @rotr32(i32 noundef %4955, i32 noundef 7)
  %4957 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %4956, ptr %4957, align 4
  br label %4958

4958:                                             ; preds = %4895
  br label %4959

4959:                                             ; preds = %4958
  %4960 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4961 = load i32, ptr %4960, align 4
  %4962 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4963 = load i32, ptr %4962, align 4
  %4964 = add i32 %4961, %4963
  %4965 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 8), align 1
  %4966 = zext i8 %4965 to i32
  %4967 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4966
  %4968 = load i32, ptr %4967, align 4
  %4969 = add i32 %4964, %4968
  %4970 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %4969, ptr %4970, align 4
  %4971 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4972 = load i32, ptr %4971, align 4
  %4973 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4974 = load i32, ptr %4973, align 4
  %4975 = xor i32 %4972, %4974
  %4976 = call i32 @rotr32(i32 noundef %4975, i32 noundef 16)
  %4977 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %4976, ptr %4977, align 4
  %4978 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4979 = load i32, ptr %4978, align 4
  %4980 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %4981 = load i32, ptr %4980, align 4
  %4982 = add i32 %4979, %4981
  %4983 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %4982, ptr %4983, align 4
  %4984 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4985 = load i32, ptr %4984, align 4
  %4986 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %4987 = load i32, ptr %4986, align 4
  %4988 = xor i32 %4985, %4987
  %4989 = call i32 @rotr32(i32 noundef %4988, i32 noundef 12)
  %4990 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %4989, ptr %4990, align 4
  %4991 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %4992 = load i32, ptr %4991, align 4
  %4993 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %4994 = load i32, ptr %4993, align 4
  %4995 = add i32 %4992, %4994
  %4996 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 9), align 1
  %4997 = zext i8 %4996 to i32
  %4998 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %4997
  %4999 = load i32, ptr %4998, align 4
  %5000 = add i32 %4995, %4999
  %5001 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  store i32 %5000, ptr %5001, align 4
  %5002 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %5003 = load i32, ptr %5002, align 4
  %5004 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 0
  %5005 = load i32, ptr %5004, align 4
  %5006 = xor i32 %5003, %5005
  %5007 = call i32 @rotr32(i32 noundef %5006, i32 noundef 8)
  %5008 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  store i32 %5007, ptr %5008, align 4
  %5009 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %5010 = load i32, ptr %5009, align 4
  %5011 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 15
  %5012 = load i32, ptr %5011, align 4
  %5013 = add i32 %5010, %5012
  %5014 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  store i32 %5013, ptr %5014, align 4
  %5015 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  %5016 = load i32, ptr %5015, align 4
  %5017 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 10
  %5018 = load i32, ptr %5017, align 4
  %5019 = xor i32 %5016, %5018
  %5020 = call i32 @rotr32(i32 noundef %5019, i32 noundef 7)
  %5021 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 5
  store i32 %5020, ptr %5021, align 4
  br label %5022

5022:                                             ; preds = %4959
  br label %5023

5023:                                             ; preds = %5022
  %5024 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %5025 = load i32, ptr %5024, align 4
  %5026 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %5027 = load i32, ptr %5026, align 4
  %5028 = add i32 %5025, %5027
  %5029 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 10), align 1
  %5030 = zext i8 %5029 to i32
  %5031 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %5030
  %5032 = load i32, ptr %5031, align 4
  %5033 = add i32 %5028, %5032
  %5034 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %5033, ptr %5034, align 4
  %5035 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %5036 = load i32, ptr %5035, align 4
  %5037 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %5038 = load i32, ptr %5037, align 4
  %5039 = xor i32 %5036, %5038
  %5040 = call i32 @rotr32(i32 noundef %5039, i32 noundef 16)
  %5041 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %5040, ptr %5041, align 4
  %5042 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %5043 = load i32, ptr %5042, align 4
  %5044 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %5045 = load i32, ptr %5044, align 4
  %5046 = add i32 %5043, %5045
  %5047 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %5046, ptr %5047, align 4
  %5048 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %5049 = load i32, ptr %5048, align 4
  %5050 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %5051 = load i32, ptr %5050, align 4
  %5052 = xor i32 %5049, %5051
  %5053 = call i32 @rotr32(i32 noundef %5052, i32 noundef 12)
  %5054 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %5053, ptr %5054, align 4
  %5055 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %5056 = load i32, ptr %5055, align 4
  %5057 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %5058 = load i32, ptr %5057, align 4
  %5059 = add i32 %5056, %5058
  %5060 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 11), align 1
  %5061 = zext i8 %5060 to i32
  %5062 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %5061
  %5063 = load i32, ptr %5062, align 4
  %5064 = add i32 %5059, %5063
  %5065 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  store i32 %5064, ptr %5065, align 4
  %5066 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %5067 = load i32, ptr %5066, align 4
  %5068 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 1
  %5069 = load i32, ptr %5068, align 4
  %5070 = xor i32 %5067, %5069
  %5071 = call i32 @rotr32(i32 noundef %5070, i32 noundef 8)
  %5072 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  store i32 %5071, ptr %5072, align 4
  %5073 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %5074 = load i32, ptr %5073, align 4
  %5075 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 12
  %5076 = load i32, ptr %5075, align 4
  %5077 = add i32 %5074, %5076
  %5078 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  store i32 %5077, ptr %5078, align 4
  %5079 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  %5080 = load i32, ptr %5079, align 4
  %5081 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 11
  %5082 = load i32, ptr %5081, align 4
  %5083 = xor i32 %5080, %5082
  %5084 = call i32 @rotr32(i32 noundef %5083, i32 noundef 7)
  %5085 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 6
  store i32 %5084, ptr %5085, align 4
  br label %5086

5086:                                             ; preds = %5023
  br label %5087

5087:                                             ; preds = %5086
  %5088 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %5089 = load i32, ptr %5088, align 4
  %5090 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %5091 = load i32, ptr %5090, align 4
  %5092 = add i32 %5089, %5091
  %5093 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 12), align 1
  %5094 = zext i8 %5093 to i32
  %5095 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %5094
  %5096 = load i32, ptr %5095, align 4
  %5097 = add i32 %5092, %5096
  %5098 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %5097, ptr %5098, align 4
  %5099 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %5100 = load i32, ptr %5099, align 4
  %5101 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %5102 = load i32, ptr %5101, align 4
  %5103 = xor i32 %5100, %5102
  %5104 = call i32 @rotr32(i32 noundef %5103, i32 noundef 16)
  %5105 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %5104, ptr %5105, align 4
  %5106 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %5107 = load i32, ptr %5106, align 4
  %5108 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %5109 = load i32, ptr %5108, align 4
  %5110 = add i32 %5107, %5109
  %5111 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %5110, ptr %5111, align 4
  %5112 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %5113 = load i32, ptr %5112, align 4
  %5114 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %5115 = load i32, ptr %5114, align 4
  %5116 = xor i32 %5113, %5115
  %5117 = call i32 @rotr32(i32 noundef %5116, i32 noundef 12)
  %5118 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %5117, ptr %5118, align 4
  %5119 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %5120 = load i32, ptr %5119, align 4
  %5121 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %5122 = load i32, ptr %5121, align 4
  %5123 = add i32 %5120, %5122
  %5124 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 13), align 1
  %5125 = zext i8 %5124 to i32
  %5126 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %5125
  %5127 = load i32, ptr %5126, align 4
  %5128 = add i32 %5123, %5127
  %5129 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  store i32 %5128, ptr %5129, align 4
  %5130 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %5131 = load i32, ptr %5130, align 4
  %5132 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 2
  %5133 = load i32, ptr %5132, align 4
  %5134 = xor i32 %5131, %5133
  %5135 = call i32 @rotr32(i32 noundef %5134, i32 noundef 8)
  %5136 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  store i32 %5135, ptr %5136, align 4
  %5137 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %5138 = load i32, ptr %5137, align 4
  %5139 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 13
  %5140 = load i32, ptr %5139, align 4
  %5141 = add i32 %5138, %5140
  %5142 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  store i32 %5141, ptr %5142, align 4
  %5143 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  %5144 = load i32, ptr %5143, align 4
  %5145 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 8
  %5146 = load i32, ptr %5145, align 4
  %5147 = xor i32 %5144, %5146
  %5148 = call i32 @rotr32(i32 noundef %5147, i32 noundef 7)
  %5149 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 7
  store i32 %5148, ptr %5149, align 4
  br label %5150

5150:                                             ; preds = %5087
  br label %5151

5151:                                             ; preds = %5150
  %5152 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %5153 = load i32, ptr %5152, align 4
  %5154 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %5155 = load i32, ptr %5154, align 4
  %5156 = add i32 %5153, %5155
  %5157 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 14), align 1
  %5158 = zext i8 %5157 to i32
  %5159 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %5158
  %5160 = load i32, ptr %5159, align 4
  %5161 = add i32 %5156, %5160
  %5162 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %5161, ptr %5162, align 4
  %5163 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %5164 = load i32, ptr %5163, align 4
  %5165 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %5166 = load i32, ptr %5165, align 4
  %5167 = xor i32 %5164, %5166
  %5168 = call i32 @rotr32(i32 noundef %5167, i32 noundef 16)
  %5169 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %5168, ptr %5169, align 4
  %5170 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %5171 = load i32, ptr %5170, align 4
  %5172 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %5173 = load i32, ptr %5172, align 4
  %5174 = add i32 %5171, %5173
  %5175 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %5174, ptr %5175, align 4
  %5176 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %5177 = load i32, ptr %5176, align 4
  %5178 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %5179 = load i32, ptr %5178, align 4
  %5180 = xor i32 %5177, %5179
  %5181 = call i32 @rotr32(i32 noundef %5180, i32 noundef 12)
  %5182 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %5181, ptr %5182, align 4
  %5183 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %5184 = load i32, ptr %5183, align 4
  %5185 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %5186 = load i32, ptr %5185, align 4
  %5187 = add i32 %5184, %5186
  %5188 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([10 x [16 x i8]], ptr @blake2s_sigma, i32 0, i32 9), i32 0, i32 15), align 1
  %5189 = zext i8 %5188 to i32
  %5190 = getelementptr inbounds [16 x i32], ptr %5, i32 0, i32 %5189
  %5191 = load i32, ptr %5190, align 4
  %5192 = add i32 %5187, %5191
  %5193 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  store i32 %5192, ptr %5193, align 4
  %5194 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %5195 = load i32, ptr %5194, align 4
  %5196 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 3
  %5197 = load i32, ptr %5196, align 4
  %5198 = xor i32 %5195, %5197
  %5199 = call i32 @rotr32(i32 noundef %5198, i32 noundef 8)
  %5200 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  store i32 %5199, ptr %5200, align 4
  %5201 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %5202 = load i32, ptr %5201, align 4
  %5203 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 14
  %5204 = load i32, ptr %5203, align 4
  %5205 = add i32 %5202, %5204
  %5206 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  store i32 %5205, ptr %5206, align 4
  %5207 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  %5208 = load i32, ptr %5207, align 4
  %5209 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 9
  %5210 = load i32, ptr %5209, align 4
  %5211 = xor i32 %5208, %5210
  %5212 = call i32 @rotr32(i32 noundef %5211, i32 noundef 7)
  %5213 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 4
  store i32 %5212, ptr %5213, align 4
  br label %5214

5214:                                             ; preds = %5151
  br label %5215

5215:                                             ; preds = %5214
  store i32 0, ptr %9, align 4
  br label %5216

5216:                                             ; preds = %5238, %5215
  %5217 = load i32, ptr %9, align 4
  %5218 = icmp ult i32 %5217, 8
  br i1 %5218, label %5219, label %5241

5219:                                             ; preds = %5216
  %5220 = load ptr, ptr %3, align 4
  %5221 = getelementptr inbounds %struct.__blake2s_state, ptr %5220, i32 0, i32 0
  %5222 = load i32, ptr %9, align 4
  %5223 = getelementptr inbounds [8 x i32], ptr %5221, i32 0, i32 %5222
  %5224 = load i32, ptr %5223, align 1
  %5225 = load i32, ptr %9, align 4
  %5226 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 %5225
  %5227 = load i32, ptr %5226, align 4
  %5228 = xor i32 %5224, %5227
  %5229 = load i32, ptr %9, align 4
  %5230 = add i32 %5229, 8
  %5231 = getelementptr inbounds [16 x i32], ptr %6, i32 0, i32 %5230
  %5232 = load i32, ptr %5231, align 4
  %5233 = xor i32 %5228, %5232
  %5234 = load ptr, ptr %3, align 4
  %5235 = getelementptr inbounds %struct.__blake2s_state, ptr %5234, i32 0, i32 0
  %5236 = load i32, ptr %9, align 4
  %5237 = getelementptr inbounds [8 x i32], ptr %5235, i32 0, i32 %5236
  store i32 %5233, ptr %5237, align 1
  br label %5238

5238:                                             ; preds = %5219
  %5239 = load i32, ptr %9, align 4
  %5240 = add i32 %5239, 1
  store i32 %5240, ptr %9, align 4
  br label %5216, !llvm.loop !14

5241:                                             ; preds = %5216
  ret i32 0
}

; Function Attrs: noinline nounwind
define dso_local i32 @blake2s_finalSUFFIX(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca [32 x i8], align 1
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %10 = load ptr, ptr %5, align 4
  %11 = getelementptr inbounds %struct.__blake2s_state, ptr %10, i32 0, i32 5
  %12 = load i8, ptr %11, align 1
  %13 = zext i8 %12 to i32
  %14 = load i32, ptr %7, align 4
  %15 = icmp ne i32 %13, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %3
  store i32 -1, ptr %4, align 4
  br label %88

17:                                               ; preds = %3
  %18 = load ptr, ptr %5, align 4
  %19 = getelementptr inbounds %struct.__blake2s_state, ptr %18, i32 0, i32 4
  %20 = load i32, ptr %19, align 1
  %21 = icmp ugt i32 %20, 64
  br i1 %21, label %22, label %44

22:                                               ; preds = %17
  %23 = load ptr, ptr %5, align 4
  %24 = call i32 @blake2s_increment_counter(ptr noundef %23, i32 noundef 64)
  %25 = load ptr, ptr %5, align 4
  %26 = load ptr, ptr %5, align 4
  %27 = getelementptr inbounds %struct.__blake2s_state, ptr %26, i32 0, i32 3
  %28 = getelementptr inbounds [128 x i8], ptr %27, i32 0, i32 0
  %29 = call i32 @blake2s_compress(ptr noundef %25, ptr noundef %28)
  %30 = load ptr, ptr %5, align 4
  %31 = getelementptr inbounds %struct.__blake2s_state, ptr %30, i32 0, i32 4
  %32 = load i32, ptr %31, align 1
  %33 = sub i32 %32, 64
  store i32 %33, ptr %31, align 1
  %34 = load ptr, ptr %5, align 4
  %35 = getelementptr inbounds %struct.__blake2s_state, ptr %34, i32 0, i32 3
  %36 = getelementptr inbounds [128 x i8], ptr %35, i32 0, i32 0
  %37 = load ptr, ptr %5, align 4
  %38 = getelementptr inbounds %struct.__blake2s_state, ptr %37, i32 0, i32 3
  %39 = getelementptr inbounds [128 x i8], ptr %38, i32 0, i32 0
  %40 = getelementptr inbounds i8, ptr %39, i32 64
  %41 = load ptr, ptr %5, align 4
  %42 = getelementptr inbounds %struct.__blake2s_state, ptr %41, i32 0, i32 4
  %43 = load i32, ptr %42, align 1
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %36, ptr align 1 %40, i32 %43, i1 false)
  br label %44

44:                                               ; preds = %22, %17
  %45 = load ptr, ptr %5, align 4
  %46 = load ptr, ptr %5, align 4
  %47 = getelementptr inbounds %struct.__blake2s_state, ptr %46, i32 0, i32 4
  %48 = load i32, ptr %47, align 1
  %49 = call i32 @blake2s_increment_counter(ptr noundef %45, i32 noundef %48)
  %50 = load ptr, ptr %5, align 4
  %51 = call i32 @blake2s_set_lastblock(ptr noundef %50)
  %52 = load ptr, ptr %5, align 4
  %53 = getelementptr inbounds %struct.__blake2s_state, ptr %52, i32 0, i32 3
  %54 = getelementptr inbounds [128 x i8], ptr %53, i32 0, i32 0
  %55 = load ptr, ptr %5, align 4
  %56 = getelementptr inbounds %struct.__blake2s_state, ptr %55, i32 0, i32 4
  %57 = load i32, ptr %56, align 1
  %58 = getelementptr inbounds i8, ptr %54, i32 %57
  %59 = load ptr, ptr %5, align 4
  %60 = getelementptr inbounds %struct.__blake2s_state, ptr %59, i32 0, i32 4
  %61 = load i32, ptr %60, align 1
  %62 = sub i32 128, %61
  call void @llvm.memset.p0.i32(ptr align 1 %58, i8 0, i32 %62, i1 false)
  %63 = load ptr, ptr %5, align 4
  %64 = load ptr, ptr %5, align 4
  %65 = getelementptr inbounds %struct.__blake2s_state, ptr %64, i32 0, i32 3
  %66 = getelementptr inbounds [128 x i8], ptr %65, i32 0, i32 0
  %67 = call i32 @blake2s_compress(ptr noundef %63, ptr noundef %66)
  store i32 0, ptr %9, align 4
  br label %68

68:                                               ; preds = %81, %44
  %69 = load i32, ptr %9, align 4
  %70 = icmp ult i32 %69, 8
  br i1 %70, label %71, label %84

71:                                               ; preds = %68
  %72 = getelementptr inbounds [32 x i8], ptr %8, i32 0, i32 0
  %73 = load i32, ptr %9, align 4
  %74 = mul i32 4, %73
  %75 = getelementptr inbounds i8, ptr %72, i32 %74
  %76 = load ptr, ptr %5, align 4
  %77 = getelementptr inbounds %struct.__blake2s_state, ptr %76, i32 0, i32 0
  %78 = load i32, ptr %9, align 4
  %79 = getelementptr inbounds [8 x i32], ptr %77, i32 0, i32 %78
  %80 = load i32, ptr %79, align 1
  call void @store32(ptr noundef %75, i32 noundef %80)
  br label %81

81:                                               ; preds = %71
  %82 = load i32, ptr %9, align 4
  %83 = add i32 %82, 1
  store i32 %83, ptr %9, align 4
  br label %68, !llvm.loop !15

84:                                               ; preds = %68
  %85 = load ptr, ptr %6, align 4
  %86 = getelementptr inbounds [32 x i8], ptr %8, i32 0, i32 0
  %87 = load i32, ptr %7, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %85, ptr align 1 %86, i32 %87, i1 false)
  store i32 0, ptr %4, align 4
  br label %88

88:                                               ; preds = %84, %16
  %89 = load i32, ptr %4, align 4
  ret i32 %89
}

; Function Attrs: noinline nounwind
define internal i32 @blake2s_set_lastblock(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = getelementptr inbounds %struct.__blake2s_state, ptr %3, i32 0, i32 6
  %5 = load i8, ptr %4, align 1
  %6 = icmp ne i8 %5, 0
  br i1 %6, label %7, label %10

7:                                                ; preds = %1
  %8 = load ptr, ptr %2, align 4
  %9 = call i32 @blake2s_set_lastnode(ptr noundef %8)
  br label %10

10:                                               ; preds = %7, %1
  %11 = load ptr, ptr %2, align 4
  %12 = getelementptr inbounds %struct.__blake2s_state, ptr %11, i32 0, i32 2
  %13 = getelementptr inbounds [2 x i32], ptr %12, i32 0, i32 0
  store i32 -1, ptr %13, align 1
  ret i32 0
}

; Function Attrs: noinline nounwind
define dso_local i32 @blake2sSUFFIX(ptr noundef %0, ptr noundef %1, ptr noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %5) #0 {
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca ptr, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca [1 x %struct.__blake2s_state], align 1
  store ptr %0, ptr %8, align 4
  store ptr %1, ptr %9, align 4
  store ptr %2, ptr %10, align 4
  store i32 %3, ptr %11, align 4
  store i32 %4, ptr %12, align 4
  store i32 %5, ptr %13, align 4
  %15 = load ptr, ptr %9, align 4
  %16 = icmp eq ptr null, %15
  br i1 %16, label %17, label %21

17:                                               ; preds = %6
  %18 = load i32, ptr %12, align 4
  %19 = icmp ugt i32 %18, 0
  br i1 %19, label %20, label %21

20:                                               ; preds = %17
  store i32 -1, ptr %7, align 4
  br label %74

21:                                               ; preds = %17, %6
  %22 = load ptr, ptr %8, align 4
  %23 = icmp eq ptr null, %22
  br i1 %23, label %24, label %25

24:                                               ; preds = %21
  store i32 -1, ptr %7, align 4
  br label %74

25:                                               ; preds = %21
  %26 = load ptr, ptr %10, align 4
  %27 = icmp eq ptr null, %26
  br i1 %27, label %28, label %32

28:                                               ; preds = %25
  %29 = load i32, ptr %13, align 4
  %30 = icmp ugt i32 %29, 0
  br i1 %30, label %31, label %32

31:                                               ; preds = %28
  store i32 -1, ptr %7, align 4
  br label %74

32:                                               ; preds = %28, %25
  %33 = load i32, ptr %11, align 4
  %34 = icmp ne i32 %33, 0
  br i1 %34, label %35, label %38

35:                                               ; preds = %32
  %36 = load i32, ptr %11, align 4
  %37 = icmp ugt i32 %36, 32
  br i1 %37, label %38, label %39

38:                                               ; preds = %35, %32
  store i32 -1, ptr %7, align 4
  br label %74

39:                                               ; preds = %35
  %40 = load i32, ptr %13, align 4
  %41 = icmp ugt i32 %40, 32
  br i1 %41, label %42, label %43

42:                                               ; preds = %39
  store i32 -1, ptr %7, align 4
  br label %74

43:                                               ; preds = %39
  %44 = load i32, ptr %13, align 4
  %45 = icmp ugt i32 %44, 0
  br i1 %45, label %46, label %55

46:                                               ; preds = %43
  %47 = getelementptr inbounds [1 x %struct.__blake2s_state], ptr %14, i32 0, i32 0
  %48 = load i32, ptr %11, align 4
  %49 = load ptr, ptr %10, align 4
  %50 = load i32, ptr %13, align 4
  %51 = call i32 @blake2s_init_keySUFFIX(ptr noundef %47, i32 noundef %48, ptr noundef %49, i32 noundef %50)
  %52 = icmp slt i32 %51, 0
  br i1 %52, label %53, label %54

53:                                               ; preds = %46
  store i32 -1, ptr %7, align 4
  br label %74

54:                                               ; preds = %46
  br label %62

55:                                               ; preds = %43
  %56 = getelementptr inbounds [1 x %struct.__blake2s_state], ptr %14, i32 0, i32 0
  %57 = load i32, ptr %11, align 4
  %58 = call i32 @blake2s_initSUFFIX(ptr noundef %56, i32 noundef %57)
  %59 = icmp slt i32 %58, 0
  br i1 %59, label %60, label %61

60:                                               ; preds = %55
  store i32 -1, ptr %7, align 4
  br label %74

61:                                               ; preds = %55
  br label %62

62:                                               ; preds = %61, %54
  %63 = getelementptr inbounds [1 x %struct.__blake2s_state], ptr %14, i32 0, i32 0
  %64 = load ptr, ptr %9, align 4
  %65 = load i32, ptr %12, align 4
  %66 = call i32 @blake2s_updateSUFFIX(ptr noundef %63, ptr noundef %64, i32 noundef %65)
  %67 = icmp slt i32 %66, 0
  br i1 %67, label %68, label %69

68:                                               ; preds = %62
  store i32 -1, ptr %7, align 4
  br label %74

69:                                               ; preds = %62
  %70 = getelementptr inbounds [1 x %struct.__blake2s_state], ptr %14, i32 0, i32 0
  %71 = load ptr, ptr %8, align 4
  %72 = load i32, ptr %11, align 4
  %73 = call i32 @blake2s_finalSUFFIX(ptr noundef %70, ptr noundef %71, i32 noundef %72)
  store i32 %73, ptr %7, align 4
  br label %74

74:                                               ; preds = %69, %68, %60, %53, %42, %38, %31, %24, %20
  %75 = load i32, ptr %7, align 4
  ret i32 %75
}

; Function Attrs: noinline nounwind
define internal i32 @rotr32(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load i32, ptr %3, align 4
  %6 = load i32, ptr %4, align 4
  %7 = lshr i32 %5, %6
  %8 = load i32, ptr %3, align 4
  %9 = load i32, ptr %4, align 4
  %10 = sub i32 32, %9
  %11 = shl i32 %8, %10
  %12 = or i32 %7, %11
  ret i32 %12
}

; Function Attrs: noinline nounwind
define internal i32 @blake2s_set_lastnode(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = getelementptr inbounds %struct.__blake2s_state, ptr %3, i32 0, i32 2
  %5 = getelementptr inbounds [2 x i32], ptr %4, i32 0, i32 1
  store i32 -1, ptr %5, align 1
  ret i32 0
}

attributes #0 = { noinline nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" "target-features"="+32bit,+a,+c,+m,+relax,+zmmul,-b,-d,-e,-experimental-smmpm,-experimental-smnpm,-experimental-ssnpm,-experimental-sspm,-experimental-ssqosid,-experimental-supm,-experimental-zacas,-experimental-zalasr,-experimental-zicfilp,-experimental-zicfiss,-f,-h,-shcounterenw,-shgatpa,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcsrind,-smepmp,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-v,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xsfcease,-xsfvcp,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !4, !5}
!llvm.ident = !{!6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"target-abi", !"ilp32"}
!2 = !{i32 6, !"riscv-isa", !3}
!3 = !{!"rv32i2p1_m2p0_a2p1_c2p0_zmmul1p0"}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{i32 8, !"SmallDataLimit", i32 8}
!6 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = distinct !{!9, !8}
!10 = distinct !{!10, !8}
!11 = !{i64 292623}
!12 = distinct !{!12, !8}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !8}
!15 = distinct !{!15, !8}
