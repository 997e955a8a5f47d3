; ModuleID = 'libb2-0.98.1/src/blake2b-ref.c'
source_filename = "libb2-0.98.1/src/blake2b-ref.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.__blake2b_state = type <{ [8 x i64], [2 x i64], [2 x i64], [256 x i8], i32, i8, i8 }>
%struct.__blake2b_param = type { i8, i8, i8, i8, i32, i64, i8, i8, [14 x i8], [16 x i8], [16 x i8] }

@blake2b_IV = internal constant [8 x i64] [i64 7640891576956012808, i64 -4942790177534073029, i64 4354685564936845355, i64 -6534734903238641935, i64 5840696475078001361, i64 -7276294671716946913, i64 2270897969802886507, i64 6620516959819538809], align 16
@blake2b_sigma = internal constant [12 x [16 x i8]] [[16 x i8] c"\00\01\02\03\04\05\06\07\08\09\0A\0B\0C\0D\0E\0F", [16 x i8] c"\0E\0A\04\08\09\0F\0D\06\01\0C\00\02\0B\07\05\03", [16 x i8] c"\0B\08\0C\00\05\02\0F\0D\0A\0E\03\06\07\01\09\04", [16 x i8] c"\07\09\03\01\0D\0C\0B\0E\02\06\05\0A\04\00\0F\08", [16 x i8] c"\09\00\05\07\02\04\0A\0F\0E\01\0B\0C\06\08\03\0D", [16 x i8] c"\02\0C\06\0A\00\0B\08\03\04\0D\07\05\0F\0E\01\09", [16 x i8] c"\0C\05\01\0F\0E\0D\04\0A\00\07\06\03\09\02\08\0B", [16 x i8] c"\0D\0B\07\0E\0C\01\03\09\05\00\0F\04\08\06\02\0A", [16 x i8] c"\06\0F\0E\09\0B\03\00\08\0C\02\0D\07\01\04\0A\05", [16 x i8] c"\0A\02\08\04\07\06\01\05\0F\0B\09\0E\03\0C\0D\00", [16 x i8] c"\00\01\02\03\04\05\06\07\08\09\0A\0B\0C\0D\0E\0F", [16 x i8] c"\0E\0A\04\08\09\0F\0D\06\01\0C\00\02\0B\07\05\03"], align 16

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @blake2b_init_paramSUFFIX(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  %7 = load ptr, ptr %3, align 8
  %8 = call i32 @blake2b_init0(ptr noundef %7)
  %9 = load ptr, ptr %4, align 8
  store ptr %9, ptr %5, align 8
  store i64 0, ptr %6, align 8
  br label %10

10:                                               ; preds = %25, %2
  %11 = load i64, ptr %6, align 8
  %12 = icmp ult i64 %11, 8
  br i1 %12, label %13, label %28

13:                                               ; preds = %10
  %14 = load ptr, ptr %5, align 8
  %15 = load i64, ptr %6, align 8
  %16 = mul i64 8, %15
  %17 = getelementptr inbounds i8, ptr %14, i64 %16
  %18 = call i64 @load64(ptr noundef %17)
  %19 = load ptr, ptr %3, align 8
  %20 = getelementptr inbounds %struct.__blake2b_state, ptr %19, i32 0, i32 0
  %21 = load i64, ptr %6, align 8
  %22 = getelementptr inbounds [8 x i64], ptr %20, i64 0, i64 %21
  %23 = load i64, ptr %22, align 1
  %24 = xor i64 %23, %18
  store i64 %24, ptr %22, align 1
  br label %25

25:                                               ; preds = %13
  %26 = load i64, ptr %6, align 8
  %27 = add i64 %26, 1
  store i64 %27, ptr %6, align 8
  br label %10, !llvm.loop !6

28:                                               ; preds = %10
  %29 = load ptr, ptr %4, align 8
  %30 = getelementptr inbounds %struct.__blake2b_param, ptr %29, i32 0, i32 0
  %31 = load i8, ptr %30, align 1
  %32 = load ptr, ptr %3, align 8
  %33 = getelementptr inbounds %struct.__blake2b_state, ptr %32, i32 0, i32 5
  store i8 %31, ptr %33, align 1
  ret i32 0
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @blake2b_init0(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  %4 = load ptr, ptr %2, align 8
  call void @llvm.memset.p0.i64(ptr align 1 %4, i8 0, i64 358, i1 false)
  store i32 0, ptr %3, align 4
  br label %5

5:                                                ; preds = %18, %1
  %6 = load i32, ptr %3, align 4
  %7 = icmp slt i32 %6, 8
  br i1 %7, label %8, label %21

8:                                                ; preds = %5
  %9 = load i32, ptr %3, align 4
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [8 x i64], ptr @blake2b_IV, i64 0, i64 %10
  %12 = load i64, ptr %11, align 8
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds %struct.__blake2b_state, ptr %13, i32 0, i32 0
  %15 = load i32, ptr %3, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [8 x i64], ptr %14, i64 0, i64 %16
  store i64 %12, ptr %17, align 1
  br label %18

18:                                               ; preds = %8
  %19 = load i32, ptr %3, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %3, align 4
  br label %5, !llvm.loop !8

21:                                               ; preds = %5
  ret i32 0
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @load64(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %2, align 8
  %5 = load ptr, ptr %2, align 8
  store ptr %5, ptr %3, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds i8, ptr %6, i32 1
  store ptr %7, ptr %3, align 8
  %8 = load i8, ptr %6, align 1
  %9 = zext i8 %8 to i64
  store i64 %9, ptr %4, align 8
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds i8, ptr %10, i32 1
  store ptr %11, ptr %3, align 8
  %12 = load i8, ptr %10, align 1
  %13 = zext i8 %12 to i64
  %14 = shl i64 %13, 8
  %15 = load i64, ptr %4, align 8
  %16 = or i64 %15, %14
  store i64 %16, ptr %4, align 8
  %17 = load ptr, ptr %3, align 8
  %18 = getelementptr inbounds i8, ptr %17, i32 1
  store ptr %18, ptr %3, align 8
  %19 = load i8, ptr %17, align 1
  %20 = zext i8 %19 to i64
  %21 = shl i64 %20, 16
  %22 = load i64, ptr %4, align 8
  %23 = or i64 %22, %21
  store i64 %23, ptr %4, align 8
  %24 = load ptr, ptr %3, align 8
  %25 = getelementptr inbounds i8, ptr %24, i32 1
  store ptr %25, ptr %3, align 8
  %26 = load i8, ptr %24, align 1
  %27 = zext i8 %26 to i64
  %28 = shl i64 %27, 24
  %29 = load i64, ptr %4, align 8
  %30 = or i64 %29, %28
  store i64 %30, ptr %4, align 8
  %31 = load ptr, ptr %3, align 8
  %32 = getelementptr inbounds i8, ptr %31, i32 1
  store ptr %32, ptr %3, align 8
  %33 = load i8, ptr %31, align 1
  %34 = zext i8 %33 to i64
  %35 = shl i64 %34, 32
  %36 = load i64, ptr %4, align 8
  %37 = or i64 %36, %35
  store i64 %37, ptr %4, align 8
  %38 = load ptr, ptr %3, align 8
  %39 = getelementptr inbounds i8, ptr %38, i32 1
  store ptr %39, ptr %3, align 8
  %40 = load i8, ptr %38, align 1
  %41 = zext i8 %40 to i64
  %42 = shl i64 %41, 40
  %43 = load i64, ptr %4, align 8
  %44 = or i64 %43, %42
  store i64 %44, ptr %4, align 8
  %45 = load ptr, ptr %3, align 8
  %46 = getelementptr inbounds i8, ptr %45, i32 1
  store ptr %46, ptr %3, align 8
  %47 = load i8, ptr %45, align 1
  %48 = zext i8 %47 to i64
  %49 = shl i64 %48, 48
  %50 = load i64, ptr %4, align 8
  %51 = or i64 %50, %49
  store i64 %51, ptr %4, align 8
  %52 = load ptr, ptr %3, align 8
  %53 = getelementptr inbounds i8, ptr %52, i32 1
  store ptr %53, ptr %3, align 8
  %54 = load i8, ptr %52, align 1
  %55 = zext i8 %54 to i64
  %56 = shl i64 %55, 56
  %57 = load i64, ptr %4, align 8
  %58 = or i64 %57, %56
  store i64 %58, ptr %4, align 8
  %59 = load i64, ptr %4, align 8
  ret i64 %59
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @blake2b_initSUFFIX(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca [1 x %struct.__blake2b_param], align 16
  store ptr %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  %7 = load i64, ptr %5, align 8
  %8 = icmp ne i64 %7, 0
  br i1 %8, label %9, label %12

9:                                                ; preds = %2
  %10 = load i64, ptr %5, align 8
  %11 = icmp ugt i64 %10, 64
  br i1 %11, label %12, label %13

12:                                               ; preds = %9, %2
  store i32 -1, ptr %3, align 4
  br label %44

13:                                               ; preds = %9
  %14 = load i64, ptr %5, align 8
  %15 = trunc i64 %14 to i8
  %16 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %17 = getelementptr inbounds %struct.__blake2b_param, ptr %16, i32 0, i32 0
  store i8 %15, ptr %17, align 16
  %18 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %19 = getelementptr inbounds %struct.__blake2b_param, ptr %18, i32 0, i32 1
  store i8 0, ptr %19, align 1
  %20 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %21 = getelementptr inbounds %struct.__blake2b_param, ptr %20, i32 0, i32 2
  store i8 1, ptr %21, align 2
  %22 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %23 = getelementptr inbounds %struct.__blake2b_param, ptr %22, i32 0, i32 3
  store i8 1, ptr %23, align 1
  %24 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %25 = getelementptr inbounds %struct.__blake2b_param, ptr %24, i32 0, i32 4
  call void @store32(ptr noundef %25, i32 noundef 0)
  %26 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %27 = getelementptr inbounds %struct.__blake2b_param, ptr %26, i32 0, i32 5
  call void @store64(ptr noundef %27, i64 noundef 0)
  %28 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %29 = getelementptr inbounds %struct.__blake2b_param, ptr %28, i32 0, i32 6
  store i8 0, ptr %29, align 16
  %30 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %31 = getelementptr inbounds %struct.__blake2b_param, ptr %30, i32 0, i32 7
  store i8 0, ptr %31, align 1
  %32 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %33 = getelementptr inbounds %struct.__blake2b_param, ptr %32, i32 0, i32 8
  %34 = getelementptr inbounds [14 x i8], ptr %33, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 2 %34, i8 0, i64 14, i1 false)
  %35 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %36 = getelementptr inbounds %struct.__blake2b_param, ptr %35, i32 0, i32 9
  %37 = getelementptr inbounds [16 x i8], ptr %36, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %37, i8 0, i64 16, i1 false)
  %38 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %39 = getelementptr inbounds %struct.__blake2b_param, ptr %38, i32 0, i32 10
  %40 = getelementptr inbounds [16 x i8], ptr %39, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %40, i8 0, i64 16, i1 false)
  %41 = load ptr, ptr %4, align 8
  %42 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %6, i64 0, i64 0
  %43 = call i32 @blake2b_init_paramSUFFIX(ptr noundef %41, ptr noundef %42)
  store i32 %43, ptr %3, align 4
  br label %44

44:                                               ; preds = %13, %12
  %45 = load i32, ptr %3, align 4
  ret i32 %45
}

; Function Attrs: noinline nounwind uwtable
define internal void @store32(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %6 = load ptr, ptr %3, align 8
  store ptr %6, ptr %5, align 8
  %7 = load i32, ptr %4, align 4
  %8 = trunc i32 %7 to i8
  %9 = load ptr, ptr %5, align 8
  %10 = getelementptr inbounds i8, ptr %9, i32 1
  store ptr %10, ptr %5, align 8
  store i8 %8, ptr %9, align 1
  %11 = load i32, ptr %4, align 4
  %12 = lshr i32 %11, 8
  store i32 %12, ptr %4, align 4
  %13 = load i32, ptr %4, align 4
  %14 = trunc i32 %13 to i8
  %15 = load ptr, ptr %5, align 8
  %16 = getelementptr inbounds i8, ptr %15, i32 1
  store ptr %16, ptr %5, align 8
  store i8 %14, ptr %15, align 1
  %17 = load i32, ptr %4, align 4
  %18 = lshr i32 %17, 8
  store i32 %18, ptr %4, align 4
  %19 = load i32, ptr %4, align 4
  %20 = trunc i32 %19 to i8
  %21 = load ptr, ptr %5, align 8
  %22 = getelementptr inbounds i8, ptr %21, i32 1
  store ptr %22, ptr %5, align 8
  store i8 %20, ptr %21, align 1
  %23 = load i32, ptr %4, align 4
  %24 = lshr i32 %23, 8
  store i32 %24, ptr %4, align 4
  %25 = load i32, ptr %4, align 4
  %26 = trunc i32 %25 to i8
  %27 = load ptr, ptr %5, align 8
  %28 = getelementptr inbounds i8, ptr %27, i32 1
  store ptr %28, ptr %5, align 8
  store i8 %26, ptr %27, align 1
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal void @store64(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  %5 = alloca ptr, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  store ptr %6, ptr %5, align 8
  %7 = load i64, ptr %4, align 8
  %8 = trunc i64 %7 to i8
  %9 = load ptr, ptr %5, align 8
  %10 = getelementptr inbounds i8, ptr %9, i32 1
  store ptr %10, ptr %5, align 8
  store i8 %8, ptr %9, align 1
  %11 = load i64, ptr %4, align 8
  %12 = lshr i64 %11, 8
  store i64 %12, ptr %4, align 8
  %13 = load i64, ptr %4, align 8
  %14 = trunc i64 %13 to i8
  %15 = load ptr, ptr %5, align 8
  %16 = getelementptr inbounds i8, ptr %15, i32 1
  store ptr %16, ptr %5, align 8
  store i8 %14, ptr %15, align 1
  %17 = load i64, ptr %4, align 8
  %18 = lshr i64 %17, 8
  store i64 %18, ptr %4, align 8
  %19 = load i64, ptr %4, align 8
  %20 = trunc i64 %19 to i8
  %21 = load ptr, ptr %5, align 8
  %22 = getelementptr inbounds i8, ptr %21, i32 1
  store ptr %22, ptr %5, align 8
  store i8 %20, ptr %21, align 1
  %23 = load i64, ptr %4, align 8
  %24 = lshr i64 %23, 8
  store i64 %24, ptr %4, align 8
  %25 = load i64, ptr %4, align 8
  %26 = trunc i64 %25 to i8
  %27 = load ptr, ptr %5, align 8
  %28 = getelementptr inbounds i8, ptr %27, i32 1
  store ptr %28, ptr %5, align 8
  store i8 %26, ptr %27, align 1
  %29 = load i64, ptr %4, align 8
  %30 = lshr i64 %29, 8
  store i64 %30, ptr %4, align 8
  %31 = load i64, ptr %4, align 8
  %32 = trunc i64 %31 to i8
  %33 = load ptr, ptr %5, align 8
  %34 = getelementptr inbounds i8, ptr %33, i32 1
  store ptr %34, ptr %5, align 8
  store i8 %32, ptr %33, align 1
  %35 = load i64, ptr %4, align 8
  %36 = lshr i64 %35, 8
  store i64 %36, ptr %4, align 8
  %37 = load i64, ptr %4, align 8
  %38 = trunc i64 %37 to i8
  %39 = load ptr, ptr %5, align 8
  %40 = getelementptr inbounds i8, ptr %39, i32 1
  store ptr %40, ptr %5, align 8
  store i8 %38, ptr %39, align 1
  %41 = load i64, ptr %4, align 8
  %42 = lshr i64 %41, 8
  store i64 %42, ptr %4, align 8
  %43 = load i64, ptr %4, align 8
  %44 = trunc i64 %43 to i8
  %45 = load ptr, ptr %5, align 8
  %46 = getelementptr inbounds i8, ptr %45, i32 1
  store ptr %46, ptr %5, align 8
  store i8 %44, ptr %45, align 1
  %47 = load i64, ptr %4, align 8
  %48 = lshr i64 %47, 8
  store i64 %48, ptr %4, align 8
  %49 = load i64, ptr %4, align 8
  %50 = trunc i64 %49 to i8
  %51 = load ptr, ptr %5, align 8
  %52 = getelementptr inbounds i8, ptr %51, i32 1
  store ptr %52, ptr %5, align 8
  store i8 %50, ptr %51, align 1
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #1

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @blake2b_init_keySUFFIX(ptr noundef %0, i64 noundef %1, ptr noundef %2, i64 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca ptr, align 8
  %9 = alloca i64, align 8
  %10 = alloca [1 x %struct.__blake2b_param], align 16
  %11 = alloca [128 x i8], align 16
  store ptr %0, ptr %6, align 8
  store i64 %1, ptr %7, align 8
  store ptr %2, ptr %8, align 8
  store i64 %3, ptr %9, align 8
  %12 = load i64, ptr %7, align 8
  %13 = icmp ne i64 %12, 0
  br i1 %13, label %14, label %17

14:                                               ; preds = %4
  %15 = load i64, ptr %7, align 8
  %16 = icmp ugt i64 %15, 64
  br i1 %16, label %17, label %18

17:                                               ; preds = %14, %4
  store i32 -1, ptr %5, align 4
  br label %72

18:                                               ; preds = %14
  %19 = load ptr, ptr %8, align 8
  %20 = icmp ne ptr %19, null
  br i1 %20, label %21, label %27

21:                                               ; preds = %18
  %22 = load i64, ptr %9, align 8
  %23 = icmp ne i64 %22, 0
  br i1 %23, label %24, label %27

24:                                               ; preds = %21
  %25 = load i64, ptr %9, align 8
  %26 = icmp ugt i64 %25, 64
  br i1 %26, label %27, label %28

27:                                               ; preds = %24, %21, %18
  store i32 -1, ptr %5, align 4
  br label %72

28:                                               ; preds = %24
  %29 = load i64, ptr %7, align 8
  %30 = trunc i64 %29 to i8
  %31 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %32 = getelementptr inbounds %struct.__blake2b_param, ptr %31, i32 0, i32 0
  store i8 %30, ptr %32, align 16
  %33 = load i64, ptr %9, align 8
  %34 = trunc i64 %33 to i8
  %35 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %36 = getelementptr inbounds %struct.__blake2b_param, ptr %35, i32 0, i32 1
  store i8 %34, ptr %36, align 1
  %37 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %38 = getelementptr inbounds %struct.__blake2b_param, ptr %37, i32 0, i32 2
  store i8 1, ptr %38, align 2
  %39 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %40 = getelementptr inbounds %struct.__blake2b_param, ptr %39, i32 0, i32 3
  store i8 1, ptr %40, align 1
  %41 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %42 = getelementptr inbounds %struct.__blake2b_param, ptr %41, i32 0, i32 4
  call void @store32(ptr noundef %42, i32 noundef 0)
  %43 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %44 = getelementptr inbounds %struct.__blake2b_param, ptr %43, i32 0, i32 5
  call void @store64(ptr noundef %44, i64 noundef 0)
  %45 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %46 = getelementptr inbounds %struct.__blake2b_param, ptr %45, i32 0, i32 6
  store i8 0, ptr %46, align 16
  %47 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %48 = getelementptr inbounds %struct.__blake2b_param, ptr %47, i32 0, i32 7
  store i8 0, ptr %48, align 1
  %49 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %50 = getelementptr inbounds %struct.__blake2b_param, ptr %49, i32 0, i32 8
  %51 = getelementptr inbounds [14 x i8], ptr %50, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 2 %51, i8 0, i64 14, i1 false)
  %52 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %53 = getelementptr inbounds %struct.__blake2b_param, ptr %52, i32 0, i32 9
  %54 = getelementptr inbounds [16 x i8], ptr %53, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %54, i8 0, i64 16, i1 false)
  %55 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %56 = getelementptr inbounds %struct.__blake2b_param, ptr %55, i32 0, i32 10
  %57 = getelementptr inbounds [16 x i8], ptr %56, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %57, i8 0, i64 16, i1 false)
  %58 = load ptr, ptr %6, align 8
  %59 = getelementptr inbounds [1 x %struct.__blake2b_param], ptr %10, i64 0, i64 0
  %60 = call i32 @blake2b_init_paramSUFFIX(ptr noundef %58, ptr noundef %59)
  %61 = icmp slt i32 %60, 0
  br i1 %61, label %62, label %63

62:                                               ; preds = %28
  store i32 -1, ptr %5, align 4
  br label %72

63:                                               ; preds = %28
  %64 = getelementptr inbounds [128 x i8], ptr %11, i64 0, i64 0
  call void @llvm.memset.p0.i64(ptr align 16 %64, i8 0, i64 128, i1 false)
  %65 = getelementptr inbounds [128 x i8], ptr %11, i64 0, i64 0
  %66 = load ptr, ptr %8, align 8
  %67 = load i64, ptr %9, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %65, ptr align 1 %66, i64 %67, i1 false)
  %68 = load ptr, ptr %6, align 8
  %69 = getelementptr inbounds [128 x i8], ptr %11, i64 0, i64 0
  %70 = call i32 @blake2b_updateSUFFIX(ptr noundef %68, ptr noundef %69, i64 noundef 128)
  %71 = getelementptr inbounds [128 x i8], ptr %11, i64 0, i64 0
  call void @secure_zero_memory(ptr noundef %71, i64 noundef 128)
  store i32 0, ptr %5, align 4
  br label %72

72:                                               ; preds = %63, %62, %27, %17
  %73 = load i32, ptr %5, align 4
  ret i32 %73
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @blake2b_updateSUFFIX(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i64 %2, ptr %6, align 8
  br label %9

9:                                                ; preds = %84, %3
  %10 = load i64, ptr %6, align 8
  %11 = icmp ugt i64 %10, 0
  br i1 %11, label %12, label %85

12:                                               ; preds = %9
  %13 = load ptr, ptr %4, align 8
  %14 = getelementptr inbounds %struct.__blake2b_state, ptr %13, i32 0, i32 4
  %15 = load i32, ptr %14, align 1
  store i32 %15, ptr %7, align 4
  %16 = load i32, ptr %7, align 4
  %17 = sub i32 256, %16
  store i32 %17, ptr %8, align 4
  %18 = load i64, ptr %6, align 8
  %19 = load i32, ptr %8, align 4
  %20 = zext i32 %19 to i64
  %21 = icmp ugt i64 %18, %20
  br i1 %21, label %22, label %63

22:                                               ; preds = %12
  %23 = load ptr, ptr %4, align 8
  %24 = getelementptr inbounds %struct.__blake2b_state, ptr %23, i32 0, i32 3
  %25 = getelementptr inbounds [256 x i8], ptr %24, i64 0, i64 0
  %26 = load i32, ptr %7, align 4
  %27 = zext i32 %26 to i64
  %28 = getelementptr inbounds i8, ptr %25, i64 %27
  %29 = load ptr, ptr %5, align 8
  %30 = load i32, ptr %8, align 4
  %31 = zext i32 %30 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %28, ptr align 1 %29, i64 %31, i1 false)
  %32 = load i32, ptr %8, align 4
  %33 = load ptr, ptr %4, align 8
  %34 = getelementptr inbounds %struct.__blake2b_state, ptr %33, i32 0, i32 4
  %35 = load i32, ptr %34, align 1
  %36 = add i32 %35, %32
  store i32 %36, ptr %34, align 1
  %37 = load ptr, ptr %4, align 8
  %38 = call i32 @blake2b_increment_counter(ptr noundef %37, i64 noundef 128)
  %39 = load ptr, ptr %4, align 8
  %40 = load ptr, ptr %4, align 8
  %41 = getelementptr inbounds %struct.__blake2b_state, ptr %40, i32 0, i32 3
  %42 = getelementptr inbounds [256 x i8], ptr %41, i64 0, i64 0
  %43 = call i32 @blake2b_compress(ptr noundef %39, ptr noundef %42)
  %44 = load ptr, ptr %4, align 8
  %45 = getelementptr inbounds %struct.__blake2b_state, ptr %44, i32 0, i32 3
  %46 = getelementptr inbounds [256 x i8], ptr %45, i64 0, i64 0
  %47 = load ptr, ptr %4, align 8
  %48 = getelementptr inbounds %struct.__blake2b_state, ptr %47, i32 0, i32 3
  %49 = getelementptr inbounds [256 x i8], ptr %48, i64 0, i64 0
  %50 = getelementptr inbounds i8, ptr %49, i64 128
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %46, ptr align 1 %50, i64 128, i1 false)
  %51 = load ptr, ptr %4, align 8
  %52 = getelementptr inbounds %struct.__blake2b_state, ptr %51, i32 0, i32 4
  %53 = load i32, ptr %52, align 1
  %54 = sub i32 %53, 128
  store i32 %54, ptr %52, align 1
  %55 = load i32, ptr %8, align 4
  %56 = load ptr, ptr %5, align 8
  %57 = zext i32 %55 to i64
  %58 = getelementptr inbounds i8, ptr %56, i64 %57
  store ptr %58, ptr %5, align 8
  %59 = load i32, ptr %8, align 4
  %60 = zext i32 %59 to i64
  %61 = load i64, ptr %6, align 8
  %62 = sub i64 %61, %60
  store i64 %62, ptr %6, align 8
  br label %84

63:                                               ; preds = %12
  %64 = load ptr, ptr %4, align 8
  %65 = getelementptr inbounds %struct.__blake2b_state, ptr %64, i32 0, i32 3
  %66 = getelementptr inbounds [256 x i8], ptr %65, i64 0, i64 0
  %67 = load i32, ptr %7, align 4
  %68 = zext i32 %67 to i64
  %69 = getelementptr inbounds i8, ptr %66, i64 %68
  %70 = load ptr, ptr %5, align 8
  %71 = load i64, ptr %6, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %69, ptr align 1 %70, i64 %71, i1 false)
  %72 = load i64, ptr %6, align 8
  %73 = trunc i64 %72 to i32
  %74 = load ptr, ptr %4, align 8
  %75 = getelementptr inbounds %struct.__blake2b_state, ptr %74, i32 0, i32 4
  %76 = load i32, ptr %75, align 1
  %77 = add i32 %76, %73
  store i32 %77, ptr %75, align 1
  %78 = load i64, ptr %6, align 8
  %79 = load ptr, ptr %5, align 8
  %80 = getelementptr inbounds i8, ptr %79, i64 %78
  store ptr %80, ptr %5, align 8
  %81 = load i64, ptr %6, align 8
  %82 = load i64, ptr %6, align 8
  %83 = sub i64 %82, %81
  store i64 %83, ptr %6, align 8
  br label %84

84:                                               ; preds = %63, %22
  br label %9, !llvm.loop !9

85:                                               ; preds = %9
  ret i32 0
}

; Function Attrs: noinline nounwind uwtable
define internal void @secure_zero_memory(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load ptr, ptr %3, align 8
  %6 = load i64, ptr %4, align 8
  call void @llvm.memset.p0.i64(ptr align 1 %5, i8 0, i64 %6, i1 false)
  %7 = load ptr, ptr %3, align 8
  call void asm sideeffect "", "r,~{memory},~{dirflag},~{fpsr},~{flags}"(ptr %7) #3, !srcloc !10
  ret void
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @blake2b_increment_counter(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds %struct.__blake2b_state, ptr %6, i32 0, i32 1
  %8 = getelementptr inbounds [2 x i64], ptr %7, i64 0, i64 0
  %9 = load i64, ptr %8, align 1
  %10 = add i64 %9, %5
  store i64 %10, ptr %8, align 1
  %11 = load ptr, ptr %3, align 8
  %12 = getelementptr inbounds %struct.__blake2b_state, ptr %11, i32 0, i32 1
  %13 = getelementptr inbounds [2 x i64], ptr %12, i64 0, i64 0
  %14 = load i64, ptr %13, align 1
  %15 = load i64, ptr %4, align 8
  %16 = icmp ult i64 %14, %15
  %17 = zext i1 %16 to i32
  %18 = sext i32 %17 to i64
  %19 = load ptr, ptr %3, align 8
  %20 = getelementptr inbounds %struct.__blake2b_state, ptr %19, i32 0, i32 1
  %21 = getelementptr inbounds [2 x i64], ptr %20, i64 0, i64 1
  %22 = load i64, ptr %21, align 1
  %23 = add i64 %22, %18
  store i64 %23, ptr %21, align 1
  ret i32 0
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @blake2b_compress(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca ptr, align 8
  %5 = alloca [16 x i64], align 16
  %6 = alloca [16 x i64], align 16
  %7 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store ptr %1, ptr %4, align 8
  store i64 0, ptr %7, align 8
  br label %8

8:                                                ; preds = %19, %2
  %9 = load i64, ptr %7, align 8
  %10 = icmp ult i64 %9, 16
  br i1 %10, label %11, label %22

11:                                               ; preds = %8
  %12 = load ptr, ptr %4, align 8
  %13 = load i64, ptr %7, align 8
  %14 = mul i64 %13, 8
  %15 = getelementptr inbounds i8, ptr %12, i64 %14
  %16 = call i64 @load64(ptr noundef %15)
  %17 = load i64, ptr %7, align 8
  %18 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %17
  store i64 %16, ptr %18, align 8
  br label %19

19:                                               ; preds = %11
  %20 = load i64, ptr %7, align 8
  %21 = add i64 %20, 1
  store i64 %21, ptr %7, align 8
  br label %8, !llvm.loop !11

22:                                               ; preds = %8
  store i64 0, ptr %7, align 8
  br label %23

23:                                               ; preds = %34, %22
  %24 = load i64, ptr %7, align 8
  %25 = icmp ult i64 %24, 8
  br i1 %25, label %26, label %37

26:                                               ; preds = %23
  %27 = load ptr, ptr %3, align 8
  %28 = getelementptr inbounds %struct.__blake2b_state, ptr %27, i32 0, i32 0
  %29 = load i64, ptr %7, align 8
  %30 = getelementptr inbounds [8 x i64], ptr %28, i64 0, i64 %29
  %31 = load i64, ptr %30, align 1
  %32 = load i64, ptr %7, align 8
  %33 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 %32
  store i64 %31, ptr %33, align 8
  br label %34

34:                                               ; preds = %26
  %35 = load i64, ptr %7, align 8
  %36 = add i64 %35, 1
  store i64 %36, ptr %7, align 8
  br label %23, !llvm.loop !12

37:                                               ; preds = %23
  %38 = load i64, ptr @blake2b_IV, align 16
  %39 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %38, ptr %39, align 16
  %40 = load i64, ptr getelementptr inbounds ([8 x i64], ptr @blake2b_IV, i64 0, i64 1), align 8
  %41 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %40, ptr %41, align 8
  %42 = load i64, ptr getelementptr inbounds ([8 x i64], ptr @blake2b_IV, i64 0, i64 2), align 16
  %43 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %42, ptr %43, align 16
  %44 = load i64, ptr getelementptr inbounds ([8 x i64], ptr @blake2b_IV, i64 0, i64 3), align 8
  %45 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %44, ptr %45, align 8
  %46 = load ptr, ptr %3, align 8
  %47 = getelementptr inbounds %struct.__blake2b_state, ptr %46, i32 0, i32 1
  %48 = getelementptr inbounds [2 x i64], ptr %47, i64 0, i64 0
  %49 = load i64, ptr %48, align 1
  %50 = load i64, ptr getelementptr inbounds ([8 x i64], ptr @blake2b_IV, i64 0, i64 4), align 16
  %51 = xor i64 %49, %50
  %52 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %51, ptr %52, align 16
  %53 = load ptr, ptr %3, align 8
  %54 = getelementptr inbounds %struct.__blake2b_state, ptr %53, i32 0, i32 1
  %55 = getelementptr inbounds [2 x i64], ptr %54, i64 0, i64 1
  %56 = load i64, ptr %55, align 1
  %57 = load i64, ptr getelementptr inbounds ([8 x i64], ptr @blake2b_IV, i64 0, i64 5), align 8
  %58 = xor i64 %56, %57
  %59 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %58, ptr %59, align 8
  %60 = load ptr, ptr %3, align 8
  %61 = getelementptr inbounds %struct.__blake2b_state, ptr %60, i32 0, i32 2
  %62 = getelementptr inbounds [2 x i64], ptr %61, i64 0, i64 0
  %63 = load i64, ptr %62, align 1
  %64 = load i64, ptr getelementptr inbounds ([8 x i64], ptr @blake2b_IV, i64 0, i64 6), align 16
  %65 = xor i64 %63, %64
  %66 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %65, ptr %66, align 16
  %67 = load ptr, ptr %3, align 8
  %68 = getelementptr inbounds %struct.__blake2b_state, ptr %67, i32 0, i32 2
  %69 = getelementptr inbounds [2 x i64], ptr %68, i64 0, i64 1
  %70 = load i64, ptr %69, align 1
  %71 = load i64, ptr getelementptr inbounds ([8 x i64], ptr @blake2b_IV, i64 0, i64 7), align 8
  %72 = xor i64 %70, %71
  %73 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %72, ptr %73, align 8
  br label %74

74:                                               ; preds = %37
  br label %75

75:                                               ; preds = %74
  %76 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %77 = load i64, ptr %76, align 16
  %78 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %79 = load i64, ptr %78, align 16
  %80 = add i64 %77, %79
  %81 = load i8, ptr @blake2b_sigma, align 16
  %82 = zext i8 %81 to i64
  %83 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %82
  %84 = load i64, ptr %83, align 8
  %85 = add i64 %80, %84
  %86 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %85, ptr %86, align 16
  %87 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %88 = load i64, ptr %87, align 16
  %89 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %90 = load i64, ptr %89, align 16
  %91 = xor i64 %88, %90
  %92 = call i64 @rotr64(i64 noundef %91, i32 noundef 32)
  %93 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %92, ptr %93, align 16
  %94 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %95 = load i64, ptr %94, align 16
  %96 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %97 = load i64, ptr %96, align 16
  %98 = add i64 %95, %97
  %99 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %98, ptr %99, align 16
  %100 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %101 = load i64, ptr %100, align 16
  %102 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %103 = load i64, ptr %102, align 16
  %104 = xor i64 %101, %103
  %105 = call i64 @rotr64(i64 noundef %104, i32 noundef 24)
  %106 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %105, ptr %106, align 16
  %107 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %108 = load i64, ptr %107, align 16
  %109 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %110 = load i64, ptr %109, align 16
  %111 = add i64 %108, %110
  %112 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 1), align 1
  %113 = zext i8 %112 to i64
  %114 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %113
  %115 = load i64, ptr %114, align 8
  %116 = add i64 %111, %115
  %117 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %116, ptr %117, align 16
  %118 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %119 = load i64, ptr %118, align 16
  %120 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %121 = load i64, ptr %120, align 16
  %122 = xor i64 %119, %121
  %123 = call i64 @rotr64(i64 noundef %122, i32 noundef 16)
  %124 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %123, ptr %124, align 16
  %125 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %126 = load i64, ptr %125, align 16
  %127 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %128 = load i64, ptr %127, align 16
  %129 = add i64 %126, %128
  %130 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %129, ptr %130, align 16
  %131 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %132 = load i64, ptr %131, align 16
  %133 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %134 = load i64, ptr %133, align 16
  %135 = xor i64 %132, %134
  %136 = call i64 @rotr64(i64 noundef %135, i32 noundef 63)
  %137 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %136, ptr %137, align 16
  br label %138

138:                                              ; preds = %75
  br label %139

139:                                              ; preds = %138
  %140 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %141 = load i64, ptr %140, align 8
  %142 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %143 = load i64, ptr %142, align 8
  %144 = add i64 %141, %143
  %145 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 2), align 2
  %146 = zext i8 %145 to i64
  %147 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %146
  %148 = load i64, ptr %147, align 8
  %149 = add i64 %144, %148
  %150 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %149, ptr %150, align 8
  %151 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %152 = load i64, ptr %151, align 8
  %153 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %154 = load i64, ptr %153, align 8
  %155 = xor i64 %152, %154
  %156 = call i64 @rotr64(i64 noundef %155, i32 noundef 32)
  %157 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %156, ptr %157, align 8
  %158 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %159 = load i64, ptr %158, align 8
  %160 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %161 = load i64, ptr %160, align 8
  %162 = add i64 %159, %161
  %163 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %162, ptr %163, align 8
  %164 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %165 = load i64, ptr %164, align 8
  %166 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %167 = load i64, ptr %166, align 8
  %168 = xor i64 %165, %167
  %169 = call i64 @rotr64(i64 noundef %168, i32 noundef 24)
  %170 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %169, ptr %170, align 8
  %171 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %172 = load i64, ptr %171, align 8
  %173 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %174 = load i64, ptr %173, align 8
  %175 = add i64 %172, %174
  %176 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 3), align 1
  %177 = zext i8 %176 to i64
  %178 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %177
  %179 = load i64, ptr %178, align 8
  %180 = add i64 %175, %179
  %181 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %180, ptr %181, align 8
  %182 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %183 = load i64, ptr %182, align 8
  %184 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %185 = load i64, ptr %184, align 8
  %186 = xor i64 %183, %185
  %187 = call i64 @rotr64(i64 noundef %186, i32 noundef 16)
  %188 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %187, ptr %188, align 8
  %189 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %190 = load i64, ptr %189, align 8
  %191 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %192 = load i64, ptr %191, align 8
  %193 = add i64 %190, %192
  %194 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %193, ptr %194, align 8
  %195 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %196 = load i64, ptr %195, align 8
  %197 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %198 = load i64, ptr %197, align 8
  %199 = xor i64 %196, %198
  %200 = call i64 @rotr64(i64 noundef %199, i32 noundef 63)
  %201 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %200, ptr %201, align 8
  br label %202

202:                                              ; preds = %139
  br label %203

203:                                              ; preds = %202
  %204 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %205 = load i64, ptr %204, align 16
  %206 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %207 = load i64, ptr %206, align 16
  %208 = add i64 %205, %207
  %209 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 4), align 4
  %210 = zext i8 %209 to i64
  %211 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %210
  %212 = load i64, ptr %211, align 8
  %213 = add i64 %208, %212
  %214 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %213, ptr %214, align 16
  %215 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %216 = load i64, ptr %215, align 16
  %217 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %218 = load i64, ptr %217, align 16
  %219 = xor i64 %216, %218
  %220 = call i64 @rotr64(i64 noundef %219, i32 noundef 32)
  %221 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %220, ptr %221, align 16
  %222 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %223 = load i64, ptr %222, align 16
  %224 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %225 = load i64, ptr %224, align 16
  %226 = add i64 %223, %225
  %227 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %226, ptr %227, align 16
  %228 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %229 = load i64, ptr %228, align 16
  %230 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %231 = load i64, ptr %230, align 16
  %232 = xor i64 %229, %231
  %233 = call i64 @rotr64(i64 noundef %232, i32 noundef 24)
  %234 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %233, ptr %234, align 16
  %235 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %236 = load i64, ptr %235, align 16
  %237 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %238 = load i64, ptr %237, align 16
  %239 = add i64 %236, %238
  %240 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 5), align 1
  %241 = zext i8 %240 to i64
  %242 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %241
  %243 = load i64, ptr %242, align 8
  %244 = add i64 %239, %243
  %245 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %244, ptr %245, align 16
  %246 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %247 = load i64, ptr %246, align 16
  %248 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %249 = load i64, ptr %248, align 16
  %250 = xor i64 %247, %249
  %251 = call i64 @rotr64(i64 noundef %250, i32 noundef 16)
  %252 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %251, ptr %252, align 16
  %253 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %254 = load i64, ptr %253, align 16
  %255 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %256 = load i64, ptr %255, align 16
  %257 = add i64 %254, %256
  %258 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %257, ptr %258, align 16
  %259 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %260 = load i64, ptr %259, align 16
  %261 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %262 = load i64, ptr %261, align 16
  %263 = xor i64 %260, %262
  %264 = call i64 @rotr64(i64 noundef %263, i32 noundef 63)
  %265 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %264, ptr %265, align 16
  br label %266

266:                                              ; preds = %203
  br label %267

267:                                              ; preds = %266
  %268 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %269 = load i64, ptr %268, align 8
  %270 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %271 = load i64, ptr %270, align 8
  %272 = add i64 %269, %271
  %273 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 6), align 2
  %274 = zext i8 %273 to i64
  %275 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %274
  %276 = load i64, ptr %275, align 8
  %277 = add i64 %272, %276
  %278 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %277, ptr %278, align 8
  %279 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %280 = load i64, ptr %279, align 8
  %281 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %282 = load i64, ptr %281, align 8
  %283 = xor i64 %280, %282
  %284 = call i64 @rotr64(i64 noundef %283, i32 noundef 32)
  %285 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %284, ptr %285, align 8
  %286 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %287 = load i64, ptr %286, align 8
  %288 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %289 = load i64, ptr %288, align 8
  %290 = add i64 %287, %289
  %291 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %290, ptr %291, align 8
  %292 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %293 = load i64, ptr %292, align 8
  %294 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %295 = load i64, ptr %294, align 8
  %296 = xor i64 %293, %295
  %297 = call i64 @rotr64(i64 noundef %296, i32 noundef 24)
  %298 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %297, ptr %298, align 8
  %299 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %300 = load i64, ptr %299, align 8
  %301 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %302 = load i64, ptr %301, align 8
  %303 = add i64 %300, %302
  %304 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 7), align 1
  %305 = zext i8 %304 to i64
  %306 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %305
  %307 = load i64, ptr %306, align 8
  %308 = add i64 %303, %307
  %309 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %308, ptr %309, align 8
  %310 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %311 = load i64, ptr %310, align 8
  %312 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %313 = load i64, ptr %312, align 8
  %314 = xor i64 %311, %313
  %315 = call i64 @rotr64(i64 noundef %314, i32 noundef 16)
  %316 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %315, ptr %316, align 8
  %317 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %318 = load i64, ptr %317, align 8
  %319 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %320 = load i64, ptr %319, align 8
  %321 = add i64 %318, %320
  %322 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %321, ptr %322, align 8
  %323 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %324 = load i64, ptr %323, align 8
  %325 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %326 = load i64, ptr %325, align 8
  %327 = xor i64 %324, %326
  %328 = call i64 @rotr64(i64 noundef %327, i32 noundef 63)
  %329 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %328, ptr %329, align 8
  br label %330

330:                                              ; preds = %267
  br label %331

331:                                              ; preds = %330
  %332 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %333 = load i64, ptr %332, align 16
  %334 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %335 = load i64, ptr %334, align 8
  %336 = add i64 %333, %335
  %337 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 8), align 8
  %338 = zext i8 %337 to i64
  %339 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %338
  %340 = load i64, ptr %339, align 8
  %341 = add i64 %336, %340
  %342 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %341, ptr %342, align 16
  %343 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %344 = load i64, ptr %343, align 8
  %345 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %346 = load i64, ptr %345, align 16
  %347 = xor i64 %344, %346
  %348 = call i64 @rotr64(i64 noundef %347, i32 noundef 32)
  %349 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %348, ptr %349, align 8
  %350 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %351 = load i64, ptr %350, align 16
  %352 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %353 = load i64, ptr %352, align 8
  %354 = add i64 %351, %353
  %355 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %354, ptr %355, align 16
  %356 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %357 = load i64, ptr %356, align 8
  %358 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %359 = load i64, ptr %358, align 16
  %360 = xor i64 %357, %359
  %361 = call i64 @rotr64(i64 noundef %360, i32 noundef 24)
  %362 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %361, ptr %362, align 8
  %363 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %364 = load i64, ptr %363, align 16
  %365 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %366 = load i64, ptr %365, align 8
  %367 = add i64 %364, %366
  %368 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 9), align 1
  %369 = zext i8 %368 to i64
  %370 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %369
  %371 = load i64, ptr %370, align 8
  %372 = add i64 %367, %371
  %373 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %372, ptr %373, align 16
  %374 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %375 = load i64, ptr %374, align 8
  %376 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %377 = load i64, ptr %376, align 16
  %378 = xor i64 %375, %377
  %379 = call i64 @rotr64(i64 noundef %378, i32 noundef 16)
  %380 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %379, ptr %380, align 8
  %381 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %382 = load i64, ptr %381, align 16
  %383 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %384 = load i64, ptr %383, align 8
  %385 = add i64 %382, %384
  %386 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %385, ptr %386, align 16
  %387 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %388 = load i64, ptr %387, align 8
  %389 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %390 = load i64, ptr %389, align 16
  %391 = xor i64 %388, %390
  %392 = call i64 @rotr64(i64 noundef %391, i32 noundef 63)
  %393 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %392, ptr %393, align 8
  br label %394

394:                                              ; preds = %331
  br label %395

395:                                              ; preds = %394
  %396 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %397 = load i64, ptr %396, align 8
  %398 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %399 = load i64, ptr %398, align 16
  %400 = add i64 %397, %399
  %401 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 10), align 2
  %402 = zext i8 %401 to i64
  %403 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %402
  %404 = load i64, ptr %403, align 8
  %405 = add i64 %400, %404
  %406 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %405, ptr %406, align 8
  %407 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %408 = load i64, ptr %407, align 16
  %409 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %410 = load i64, ptr %409, align 8
  %411 = xor i64 %408, %410
  %412 = call i64 @rotr64(i64 noundef %411, i32 noundef 32)
  %413 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %412, ptr %413, align 16
  %414 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %415 = load i64, ptr %414, align 8
  %416 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %417 = load i64, ptr %416, align 16
  %418 = add i64 %415, %417
  %419 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %418, ptr %419, align 8
  %420 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %421 = load i64, ptr %420, align 16
  %422 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %423 = load i64, ptr %422, align 8
  %424 = xor i64 %421, %423
  %425 = call i64 @rotr64(i64 noundef %424, i32 noundef 24)
  %426 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %425, ptr %426, align 16
  %427 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %428 = load i64, ptr %427, align 8
  %429 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %430 = load i64, ptr %429, align 16
  %431 = add i64 %428, %430
  %432 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 11), align 1
  %433 = zext i8 %432 to i64
  %434 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %433
  %435 = load i64, ptr %434, align 8
  %436 = add i64 %431, %435
  %437 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %436, ptr %437, align 8
  %438 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %439 = load i64, ptr %438, align 16
  %440 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %441 = load i64, ptr %440, align 8
  %442 = xor i64 %439, %441
  %443 = call i64 @rotr64(i64 noundef %442, i32 noundef 16)
  %444 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %443, ptr %444, align 16
  %445 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %446 = load i64, ptr %445, align 8
  %447 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %448 = load i64, ptr %447, align 16
  %449 = add i64 %446, %448
  %450 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %449, ptr %450, align 8
  %451 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %452 = load i64, ptr %451, align 16
  %453 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %454 = load i64, ptr %453, align 8
  %455 = xor i64 %452, %454
  %456 = call i64 @rotr64(i64 noundef %455, i32 noundef 63)
  %457 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %456, ptr %457, align 16
  br label %458

458:                                              ; preds = %395
  br label %459

459:                                              ; preds = %458
  %460 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %461 = load i64, ptr %460, align 16
  %462 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %463 = load i64, ptr %462, align 8
  %464 = add i64 %461, %463
  %465 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 12), align 4
  %466 = zext i8 %465 to i64
  %467 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %466
  %468 = load i64, ptr %467, align 8
  %469 = add i64 %464, %468
  %470 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %469, ptr %470, align 16
  %471 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %472 = load i64, ptr %471, align 8
  %473 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %474 = load i64, ptr %473, align 16
  %475 = xor i64 %472, %474
  %476 = call i64 @rotr64(i64 noundef %475, i32 noundef 32)
  %477 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %476, ptr %477, align 8
  %478 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %479 = load i64, ptr %478, align 16
  %480 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %481 = load i64, ptr %480, align 8
  %482 = add i64 %479, %481
  %483 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %482, ptr %483, align 16
  %484 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %485 = load i64, ptr %484, align 8
  %486 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %487 = load i64, ptr %486, align 16
  %488 = xor i64 %485, %487
  %489 = call i64 @rotr64(i64 noundef %488, i32 noundef 24)
  %490 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %489, ptr %490, align 8
  %491 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %492 = load i64, ptr %491, align 16
  %493 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %494 = load i64, ptr %493, align 8
  %495 = add i64 %492, %494
  %496 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 13), align 1
  %497 = zext i8 %496 to i64
  %498 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %497
  %499 = load i64, ptr %498, align 8
  %500 = add i64 %495, %499
  %501 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %500, ptr %501, align 16
  %502 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %503 = load i64, ptr %502, align 8
  %504 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %505 = load i64, ptr %504, align 16
  %506 = xor i64 %503, %505
  %507 = call i64 @rotr64(i64 noundef %506, i32 noundef 16)
  %508 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %507, ptr %508, align 8
  %509 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %510 = load i64, ptr %509, align 16
  %511 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %512 = load i64, ptr %511, align 8
  %513 = add i64 %510, %512
  %514 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %513, ptr %514, align 16
  %515 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %516 = load i64, ptr %515, align 8
  %517 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %518 = load i64, ptr %517, align 16
  %519 = xor i64 %516, %518
  %520 = call i64 @rotr64(i64 noundef %519, i32 noundef 63)
  %521 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %520, ptr %521, align 8
  br label %522

522:                                              ; preds = %459
  br label %523

523:                                              ; preds = %522
  %524 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %525 = load i64, ptr %524, align 8
  %526 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %527 = load i64, ptr %526, align 16
  %528 = add i64 %525, %527
  %529 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 14), align 2
  %530 = zext i8 %529 to i64
  %531 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %530
  %532 = load i64, ptr %531, align 8
  %533 = add i64 %528, %532
  %534 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %533, ptr %534, align 8
  %535 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %536 = load i64, ptr %535, align 16
  %537 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %538 = load i64, ptr %537, align 8
  %539 = xor i64 %536, %538
  %540 = call i64 @rotr64(i64 noundef %539, i32 noundef 32)
  %541 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %540, ptr %541, align 16
  %542 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %543 = load i64, ptr %542, align 8
  %544 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %545 = load i64, ptr %544, align 16
  %546 = add i64 %543, %545
  %547 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %546, ptr %547, align 8
  %548 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %549 = load i64, ptr %548, align 16
  %550 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %551 = load i64, ptr %550, align 8
  %552 = xor i64 %549, %551
  %553 = call i64 @rotr64(i64 noundef %552, i32 noundef 24)
  %554 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %553, ptr %554, align 16
  %555 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %556 = load i64, ptr %555, align 8
  %557 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %558 = load i64, ptr %557, align 16
  %559 = add i64 %556, %558
  %560 = load i8, ptr getelementptr inbounds ([16 x i8], ptr @blake2b_sigma, i64 0, i64 15), align 1
  %561 = zext i8 %560 to i64
  %562 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %561
  %563 = load i64, ptr %562, align 8
  %564 = add i64 %559, %563
  %565 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %564, ptr %565, align 8
  %566 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %567 = load i64, ptr %566, align 16
  %568 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %569 = load i64, ptr %568, align 8
  %570 = xor i64 %567, %569
  %571 = call i64 @rotr64(i64 noundef %570, i32 noundef 16)
  %572 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %571, ptr %572, align 16
  %573 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %574 = load i64, ptr %573, align 8
  %575 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %576 = load i64, ptr %575, align 16
  %577 = add i64 %574, %576
  %578 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %577, ptr %578, align 8
  %579 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %580 = load i64, ptr %579, align 16
  %581 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %582 = load i64, ptr %581, align 8
  %583 = xor i64 %580, %582
  %584 = call i64 @rotr64(i64 noundef %583, i32 noundef 63)
  %585 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %584, ptr %585, align 16
  br label %586

586:                                              ; preds = %523
  br label %587

587:                                              ; preds = %586
  br label %588

588:                                              ; preds = %587
  br label %589

589:                                              ; preds = %588
  %590 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %591 = load i64, ptr %590, align 16
  %592 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %593 = load i64, ptr %592, align 16
  %594 = add i64 %591, %593
  %595 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), align 16
  %596 = zext i8 %595 to i64
  %597 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %596
  %598 = load i64, ptr %597, align 8
  %599 = add i64 %594, %598
  %600 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %599, ptr %600, align 16
  %601 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %602 = load i64, ptr %601, align 16
  %603 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %604 = load i64, ptr %603, align 16
  %605 = xor i64 %602, %604
  %606 = call i64 @rotr64(i64 noundef %605, i32 noundef 32)
  %607 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %606, ptr %607, align 16
  %608 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %609 = load i64, ptr %608, align 16
  %610 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %611 = load i64, ptr %610, align 16
  %612 = add i64 %609, %611
  %613 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %612, ptr %613, align 16
  %614 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %615 = load i64, ptr %614, align 16
  %616 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %617 = load i64, ptr %616, align 16
  %618 = xor i64 %615, %617
  %619 = call i64 @rotr64(i64 noundef %618, i32 noundef 24)
  %620 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %619, ptr %620, align 16
  %621 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %622 = load i64, ptr %621, align 16
  %623 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %624 = load i64, ptr %623, align 16
  %625 = add i64 %622, %624
  %626 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 1), align 1
  %627 = zext i8 %626 to i64
  %628 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %627
  %629 = load i64, ptr %628, align 8
  %630 = add i64 %625, %629
  %631 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %630, ptr %631, align 16
  %632 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %633 = load i64, ptr %632, align 16
  %634 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %635 = load i64, ptr %634, align 16
  %636 = xor i64 %633, %635
  %637 = call i64 @rotr64(i64 noundef %636, i32 noundef 16)
  %638 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %637, ptr %638, align 16
  %639 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %640 = load i64, ptr %639, align 16
  %641 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %642 = load i64, ptr %641, align 16
  %643 = add i64 %640, %642
  %644 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %643, ptr %644, align 16
  %645 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %646 = load i64, ptr %645, align 16
  %647 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %648 = load i64, ptr %647, align 16
  %649 = xor i64 %646, %648
  %650 = call i64 @rotr64(i64 noundef %649, i32 noundef 63)
  %651 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %650, ptr %651, align 16
  br label %652

652:                                              ; preds = %589
  br label %653

653:                                              ; preds = %652
  %654 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %655 = load i64, ptr %654, align 8
  %656 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %657 = load i64, ptr %656, align 8
  %658 = add i64 %655, %657
  %659 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 2), align 2
  %660 = zext i8 %659 to i64
  %661 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %660
  %662 = load i64, ptr %661, align 8
  %663 = add i64 %658, %662
  %664 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %663, ptr %664, align 8
  %665 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %666 = load i64, ptr %665, align 8
  %667 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %668 = load i64, ptr %667, align 8
  %669 = xor i64 %666, %668
  %670 = call i64 @rotr64(i64 noundef %669, i32 noundef 32)
  %671 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %670, ptr %671, align 8
  %672 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %673 = load i64, ptr %672, align 8
  %674 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %675 = load i64, ptr %674, align 8
  %676 = add i64 %673, %675
  %677 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %676, ptr %677, align 8
  %678 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %679 = load i64, ptr %678, align 8
  %680 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %681 = load i64, ptr %680, align 8
  %682 = xor i64 %679, %681
  %683 = call i64 @rotr64(i64 noundef %682, i32 noundef 24)
  %684 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %683, ptr %684, align 8
  %685 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %686 = load i64, ptr %685, align 8
  %687 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %688 = load i64, ptr %687, align 8
  %689 = add i64 %686, %688
  %690 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 3), align 1
  %691 = zext i8 %690 to i64
  %692 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %691
  %693 = load i64, ptr %692, align 8
  %694 = add i64 %689, %693
  %695 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %694, ptr %695, align 8
  %696 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %697 = load i64, ptr %696, align 8
  %698 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %699 = load i64, ptr %698, align 8
  %700 = xor i64 %697, %699
  %701 = call i64 @rotr64(i64 noundef %700, i32 noundef 16)
  %702 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %701, ptr %702, align 8
  %703 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %704 = load i64, ptr %703, align 8
  %705 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %706 = load i64, ptr %705, align 8
  %707 = add i64 %704, %706
  %708 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %707, ptr %708, align 8
  %709 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %710 = load i64, ptr %709, align 8
  %711 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %712 = load i64, ptr %711, align 8
  %713 = xor i64 %710, %712
  %714 = call i64 @rotr64(i64 noundef %713, i32 noundef 63)
  %715 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %714, ptr %715, align 8
  br label %716

716:                                              ; preds = %653
  br label %717

717:                                              ; preds = %716
  %718 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %719 = load i64, ptr %718, align 16
  %720 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %721 = load i64, ptr %720, align 16
  %722 = add i64 %719, %721
  %723 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 4), align 4
  %724 = zext i8 %723 to i64
  %725 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %724
  %726 = load i64, ptr %725, align 8
  %727 = add i64 %722, %726
  %728 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %727, ptr %728, align 16
  %729 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %730 = load i64, ptr %729, align 16
  %731 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %732 = load i64, ptr %731, align 16
  %733 = xor i64 %730, %732
  %734 = call i64 @rotr64(i64 noundef %733, i32 noundef 32)
  %735 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %734, ptr %735, align 16
  %736 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %737 = load i64, ptr %736, align 16
  %738 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %739 = load i64, ptr %738, align 16
  %740 = add i64 %737, %739
  %741 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %740, ptr %741, align 16
  %742 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %743 = load i64, ptr %742, align 16
  %744 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %745 = load i64, ptr %744, align 16
  %746 = xor i64 %743, %745
  %747 = call i64 @rotr64(i64 noundef %746, i32 noundef 24)
  %748 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %747, ptr %748, align 16
  %749 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %750 = load i64, ptr %749, align 16
  %751 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %752 = load i64, ptr %751, align 16
  %753 = add i64 %750, %752
  %754 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 5), align 1
  %755 = zext i8 %754 to i64
  %756 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %755
  %757 = load i64, ptr %756, align 8
  %758 = add i64 %753, %757
  %759 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %758, ptr %759, align 16
  %760 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %761 = load i64, ptr %760, align 16
  %762 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %763 = load i64, ptr %762, align 16
  %764 = xor i64 %761, %763
  %765 = call i64 @rotr64(i64 noundef %764, i32 noundef 16)
  %766 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %765, ptr %766, align 16
  %767 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %768 = load i64, ptr %767, align 16
  %769 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %770 = load i64, ptr %769, align 16
  %771 = add i64 %768, %770
  %772 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %771, ptr %772, align 16
  %773 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %774 = load i64, ptr %773, align 16
  %775 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %776 = load i64, ptr %775, align 16
  %777 = xor i64 %774, %776
  %778 = call i64 @rotr64(i64 noundef %777, i32 noundef 63)
  %779 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %778, ptr %779, align 16
  br label %780

780:                                              ; preds = %717
  br label %781

781:                                              ; preds = %780
  %782 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %783 = load i64, ptr %782, align 8
  %784 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %785 = load i64, ptr %784, align 8
  %786 = add i64 %783, %785
  %787 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 6), align 2
  %788 = zext i8 %787 to i64
  %789 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %788
  %790 = load i64, ptr %789, align 8
  %791 = add i64 %786, %790
  %792 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %791, ptr %792, align 8
  %793 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %794 = load i64, ptr %793, align 8
  %795 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %796 = load i64, ptr %795, align 8
  %797 = xor i64 %794, %796
  %798 = call i64 @rotr64(i64 noundef %797, i32 noundef 32)
  %799 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %798, ptr %799, align 8
  %800 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %801 = load i64, ptr %800, align 8
  %802 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %803 = load i64, ptr %802, align 8
  %804 = add i64 %801, %803
  %805 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %804, ptr %805, align 8
  %806 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %807 = load i64, ptr %806, align 8
  %808 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %809 = load i64, ptr %808, align 8
  %810 = xor i64 %807, %809
  %811 = call i64 @rotr64(i64 noundef %810, i32 noundef 24)
  %812 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %811, ptr %812, align 8
  %813 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %814 = load i64, ptr %813, align 8
  %815 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %816 = load i64, ptr %815, align 8
  %817 = add i64 %814, %816
  %818 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 7), align 1
  %819 = zext i8 %818 to i64
  %820 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %819
  %821 = load i64, ptr %820, align 8
  %822 = add i64 %817, %821
  %823 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %822, ptr %823, align 8
  %824 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %825 = load i64, ptr %824, align 8
  %826 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %827 = load i64, ptr %826, align 8
  %828 = xor i64 %825, %827
  %829 = call i64 @rotr64(i64 noundef %828, i32 noundef 16)
  %830 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %829, ptr %830, align 8
  %831 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %832 = load i64, ptr %831, align 8
  %833 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %834 = load i64, ptr %833, align 8
  %835 = add i64 %832, %834
  %836 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %835, ptr %836, align 8
  %837 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %838 = load i64, ptr %837, align 8
  %839 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %840 = load i64, ptr %839, align 8
  %841 = xor i64 %838, %840
  %842 = call i64 @rotr64(i64 noundef %841, i32 noundef 63)
  %843 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %842, ptr %843, align 8
  br label %844

844:                                              ; preds = %781
  br label %845

845:                                              ; preds = %844
  %846 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %847 = load i64, ptr %846, align 16
  %848 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %849 = load i64, ptr %848, align 8
  %850 = add i64 %847, %849
  %851 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 8), align 8
  %852 = zext i8 %851 to i64
  %853 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %852
  %854 = load i64, ptr %853, align 8
  %855 = add i64 %850, %854
  %856 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %855, ptr %856, align 16
  %857 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %858 = load i64, ptr %857, align 8
  %859 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %860 = load i64, ptr %859, align 16
  %861 = xor i64 %858, %860
  %862 = call i64 @rotr64(i64 noundef %861, i32 noundef 32)
  %863 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %862, ptr %863, align 8
  %864 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %865 = load i64, ptr %864, align 16
  %866 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %867 = load i64, ptr %866, align 8
  %868 = add i64 %865, %867
  %869 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %868, ptr %869, align 16
  %870 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %871 = load i64, ptr %870, align 8
  %872 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %873 = load i64, ptr %872, align 16
  %874 = xor i64 %871, %873
  %875 = call i64 @rotr64(i64 noundef %874, i32 noundef 24)
  %876 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %875, ptr %876, align 8
  %877 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %878 = load i64, ptr %877, align 16
  %879 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %880 = load i64, ptr %879, align 8
  %881 = add i64 %878, %880
  %882 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 9), align 1
  %883 = zext i8 %882 to i64
  %884 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %883
  %885 = load i64, ptr %884, align 8
  %886 = add i64 %881, %885
  %887 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %886, ptr %887, align 16
  %888 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %889 = load i64, ptr %888, align 8
  %890 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %891 = load i64, ptr %890, align 16
  %892 = xor i64 %889, %891
  %893 = call i64 @rotr64(i64 noundef %892, i32 noundef 16)
  %894 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %893, ptr %894, align 8
  %895 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %896 = load i64, ptr %895, align 16
  %897 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %898 = load i64, ptr %897, align 8
  %899 = add i64 %896, %898
  %900 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %899, ptr %900, align 16
  %901 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %902 = load i64, ptr %901, align 8
  %903 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %904 = load i64, ptr %903, align 16
  %905 = xor i64 %902, %904
  %906 = call i64 @rotr64(i64 noundef %905, i32 noundef 63)
  %907 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %906, ptr %907, align 8
  br label %908

908:                                              ; preds = %845
  br label %909

909:                                              ; preds = %908
  %910 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %911 = load i64, ptr %910, align 8
  %912 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %913 = load i64, ptr %912, align 16
  %914 = add i64 %911, %913
  %915 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 10), align 2
  %916 = zext i8 %915 to i64
  %917 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %916
  %918 = load i64, ptr %917, align 8
  %919 = add i64 %914, %918
  %920 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %919, ptr %920, align 8
  %921 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %922 = load i64, ptr %921, align 16
  %923 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %924 = load i64, ptr %923, align 8
  %925 = xor i64 %922, %924
  %926 = call i64 @rotr64(i64 noundef %925, i32 noundef 32)
  %927 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %926, ptr %927, align 16
  %928 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %929 = load i64, ptr %928, align 8
  %930 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %931 = load i64, ptr %930, align 16
  %932 = add i64 %929, %931
  %933 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %932, ptr %933, align 8
  %934 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %935 = load i64, ptr %934, align 16
  %936 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %937 = load i64, ptr %936, align 8
  %938 = xor i64 %935, %937
  %939 = call i64 @rotr64(i64 noundef %938, i32 noundef 24)
  %940 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %939, ptr %940, align 16
  %941 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %942 = load i64, ptr %941, align 8
  %943 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %944 = load i64, ptr %943, align 16
  %945 = add i64 %942, %944
  %946 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 11), align 1
  %947 = zext i8 %946 to i64
  %948 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %947
  %949 = load i64, ptr %948, align 8
  %950 = add i64 %945, %949
  %951 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %950, ptr %951, align 8
  %952 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %953 = load i64, ptr %952, align 16
  %954 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %955 = load i64, ptr %954, align 8
  %956 = xor i64 %953, %955
  %957 = call i64 @rotr64(i64 noundef %956, i32 noundef 16)
  %958 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %957, ptr %958, align 16
  %959 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %960 = load i64, ptr %959, align 8
  %961 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %962 = load i64, ptr %961, align 16
  %963 = add i64 %960, %962
  %964 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %963, ptr %964, align 8
  %965 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %966 = load i64, ptr %965, align 16
  %967 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %968 = load i64, ptr %967, align 8
  %969 = xor i64 %966, %968
  %970 = call i64 @rotr64(i64 noundef %969, i32 noundef 63)
  %971 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %970, ptr %971, align 16
  br label %972

972:                                              ; preds = %909
  br label %973

973:                                              ; preds = %972
  %974 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %975 = load i64, ptr %974, align 16
  %976 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %977 = load i64, ptr %976, align 8
  %978 = add i64 %975, %977
  %979 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 12), align 4
  %980 = zext i8 %979 to i64
  %981 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %980
  %982 = load i64, ptr %981, align 8
  %983 = add i64 %978, %982
  %984 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %983, ptr %984, align 16
  %985 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %986 = load i64, ptr %985, align 8
  %987 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %988 = load i64, ptr %987, align 16
  %989 = xor i64 %986, %988
  %990 = call i64 @rotr64(i64 noundef %989, i32 noundef 32)
  %991 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %990, ptr %991, align 8
  %992 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %993 = load i64, ptr %992, align 16
  %994 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %995 = load i64, ptr %994, align 8
  %996 = add i64 %993, %995
  %997 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %996, ptr %997, align 16
  %998 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %999 = load i64, ptr %998, align 8
  %1000 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1001 = load i64, ptr %1000, align 16
  %1002 = xor i64 %999, %1001
  %1003 = call i64 @rotr64(i64 noundef %1002, i32 noundef 24)
  %1004 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %1003, ptr %1004, align 8
  %1005 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1006 = load i64, ptr %1005, align 16
  %1007 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1008 = load i64, ptr %1007, align 8
  %1009 = add i64 %1006, %1008
  %1010 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 13), align 1
  %1011 = zext i8 %1010 to i64
  %1012 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1011
  %1013 = load i64, ptr %1012, align 8
  %1014 = add i64 %1009, %1013
  %1015 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %1014, ptr %1015, align 16
  %1016 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1017 = load i64, ptr %1016, align 8
  %1018 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1019 = load i64, ptr %1018, align 16
  %1020 = xor i64 %1017, %1019
  %1021 = call i64 @rotr64(i64 noundef %1020, i32 noundef 16)
  %1022 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %1021, ptr %1022, align 8
  %1023 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1024 = load i64, ptr %1023, align 16
  %1025 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1026 = load i64, ptr %1025, align 8
  %1027 = add i64 %1024, %1026
  %1028 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %1027, ptr %1028, align 16
  %1029 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1030 = load i64, ptr %1029, align 8
  %1031 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1032 = load i64, ptr %1031, align 16
  %1033 = xor i64 %1030, %1032
  %1034 = call i64 @rotr64(i64 noundef %1033, i32 noundef 63)
  %1035 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %1034, ptr %1035, align 8
  br label %1036

1036:                                             ; preds = %973
  br label %1037

1037:                                             ; preds = %1036
  %1038 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1039 = load i64, ptr %1038, align 8
  %1040 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1041 = load i64, ptr %1040, align 16
  %1042 = add i64 %1039, %1041
  %1043 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 14), align 2
  %1044 = zext i8 %1043 to i64
  %1045 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1044
  %1046 = load i64, ptr %1045, align 8
  %1047 = add i64 %1042, %1046
  %1048 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %1047, ptr %1048, align 8
  %1049 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1050 = load i64, ptr %1049, align 16
  %1051 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1052 = load i64, ptr %1051, align 8
  %1053 = xor i64 %1050, %1052
  %1054 = call i64 @rotr64(i64 noundef %1053, i32 noundef 32)
  %1055 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %1054, ptr %1055, align 16
  %1056 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1057 = load i64, ptr %1056, align 8
  %1058 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1059 = load i64, ptr %1058, align 16
  %1060 = add i64 %1057, %1059
  %1061 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %1060, ptr %1061, align 8
  %1062 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1063 = load i64, ptr %1062, align 16
  %1064 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1065 = load i64, ptr %1064, align 8
  %1066 = xor i64 %1063, %1065
  %1067 = call i64 @rotr64(i64 noundef %1066, i32 noundef 24)
  %1068 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %1067, ptr %1068, align 16
  %1069 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1070 = load i64, ptr %1069, align 8
  %1071 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1072 = load i64, ptr %1071, align 16
  %1073 = add i64 %1070, %1072
  %1074 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 1), i64 0, i64 15), align 1
  %1075 = zext i8 %1074 to i64
  %1076 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1075
  %1077 = load i64, ptr %1076, align 8
  %1078 = add i64 %1073, %1077
  %1079 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %1078, ptr %1079, align 8
  %1080 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1081 = load i64, ptr %1080, align 16
  %1082 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1083 = load i64, ptr %1082, align 8
  %1084 = xor i64 %1081, %1083
  %1085 = call i64 @rotr64(i64 noundef %1084, i32 noundef 16)
  %1086 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %1085, ptr %1086, align 16
  %1087 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1088 = load i64, ptr %1087, align 8
  %1089 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1090 = load i64, ptr %1089, align 16
  %1091 = add i64 %1088, %1090
  %1092 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %1091, ptr %1092, align 8
  %1093 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1094 = load i64, ptr %1093, align 16
  %1095 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1096 = load i64, ptr %1095, align 8
  %1097 = xor i64 %1094, %1096
  %1098 = call i64 @rotr64(i64 noundef %1097, i32 noundef 63)
  %1099 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %1098, ptr %1099, align 16
  br label %1100

1100:                                             ; preds = %1037
  br label %1101

1101:                                             ; preds = %1100
  br label %1102

1102:                                             ; preds = %1101
  br label %1103

1103:                                             ; preds = %1102
  %1104 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1105 = load i64, ptr %1104, align 16
  %1106 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1107 = load i64, ptr %1106, align 16
  %1108 = add i64 %1105, %1107
  %1109 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), align 16
  %1110 = zext i8 %1109 to i64
  %1111 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1110
  %1112 = load i64, ptr %1111, align 8
  %1113 = add i64 %1108, %1112
  %1114 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %1113, ptr %1114, align 16
  %1115 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1116 = load i64, ptr %1115, align 16
  %1117 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1118 = load i64, ptr %1117, align 16
  %1119 = xor i64 %1116, %1118
  %1120 = call i64 @rotr64(i64 noundef %1119, i32 noundef 32)
  %1121 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %1120, ptr %1121, align 16
  %1122 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1123 = load i64, ptr %1122, align 16
  %1124 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1125 = load i64, ptr %1124, align 16
  %1126 = add i64 %1123, %1125
  %1127 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %1126, ptr %1127, align 16
  %1128 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1129 = load i64, ptr %1128, align 16
  %1130 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1131 = load i64, ptr %1130, align 16
  %1132 = xor i64 %1129, %1131
  %1133 = call i64 @rotr64(i64 noundef %1132, i32 noundef 24)
  %1134 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %1133, ptr %1134, align 16
  %1135 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1136 = load i64, ptr %1135, align 16
  %1137 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1138 = load i64, ptr %1137, align 16
  %1139 = add i64 %1136, %1138
  %1140 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 1), align 1
  %1141 = zext i8 %1140 to i64
  %1142 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1141
  %1143 = load i64, ptr %1142, align 8
  %1144 = add i64 %1139, %1143
  %1145 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %1144, ptr %1145, align 16
  %1146 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1147 = load i64, ptr %1146, align 16
  %1148 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1149 = load i64, ptr %1148, align 16
  %1150 = xor i64 %1147, %1149
  %1151 = call i64 @rotr64(i64 noundef %1150, i32 noundef 16)
  %1152 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %1151, ptr %1152, align 16
  %1153 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1154 = load i64, ptr %1153, align 16
  %1155 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1156 = load i64, ptr %1155, align 16
  %1157 = add i64 %1154, %1156
  %1158 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %1157, ptr %1158, align 16
  %1159 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1160 = load i64, ptr %1159, align 16
  %1161 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1162 = load i64, ptr %1161, align 16
  %1163 = xor i64 %1160, %1162
  %1164 = call i64 @rotr64(i64 noundef %1163, i32 noundef 63)
  %1165 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %1164, ptr %1165, align 16
  br label %1166

1166:                                             ; preds = %1103
  br label %1167

1167:                                             ; preds = %1166
  %1168 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1169 = load i64, ptr %1168, align 8
  %1170 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1171 = load i64, ptr %1170, align 8
  %1172 = add i64 %1169, %1171
  %1173 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 2), align 2
  %1174 = zext i8 %1173 to i64
  %1175 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1174
  %1176 = load i64, ptr %1175, align 8
  %1177 = add i64 %1172, %1176
  %1178 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %1177, ptr %1178, align 8
  %1179 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1180 = load i64, ptr %1179, align 8
  %1181 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1182 = load i64, ptr %1181, align 8
  %1183 = xor i64 %1180, %1182
  %1184 = call i64 @rotr64(i64 noundef %1183, i32 noundef 32)
  %1185 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %1184, ptr %1185, align 8
  %1186 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1187 = load i64, ptr %1186, align 8
  %1188 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1189 = load i64, ptr %1188, align 8
  %1190 = add i64 %1187, %1189
  %1191 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %1190, ptr %1191, align 8
  %1192 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1193 = load i64, ptr %1192, align 8
  %1194 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1195 = load i64, ptr %1194, align 8
  %1196 = xor i64 %1193, %1195
  %1197 = call i64 @rotr64(i64 noundef %1196, i32 noundef 24)
  %1198 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %1197, ptr %1198, align 8
  %1199 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1200 = load i64, ptr %1199, align 8
  %1201 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1202 = load i64, ptr %1201, align 8
  %1203 = add i64 %1200, %1202
  %1204 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 3), align 1
  %1205 = zext i8 %1204 to i64
  %1206 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1205
  %1207 = load i64, ptr %1206, align 8
  %1208 = add i64 %1203, %1207
  %1209 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %1208, ptr %1209, align 8
  %1210 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1211 = load i64, ptr %1210, align 8
  %1212 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1213 = load i64, ptr %1212, align 8
  %1214 = xor i64 %1211, %1213
  %1215 = call i64 @rotr64(i64 noundef %1214, i32 noundef 16)
  %1216 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %1215, ptr %1216, align 8
  %1217 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1218 = load i64, ptr %1217, align 8
  %1219 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1220 = load i64, ptr %1219, align 8
  %1221 = add i64 %1218, %1220
  %1222 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %1221, ptr %1222, align 8
  %1223 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1224 = load i64, ptr %1223, align 8
  %1225 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1226 = load i64, ptr %1225, align 8
  %1227 = xor i64 %1224, %1226
  %1228 = call i64 @rotr64(i64 noundef %1227, i32 noundef 63)
  %1229 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %1228, ptr %1229, align 8
  br label %1230

1230:                                             ; preds = %1167
  br label %1231

1231:                                             ; preds = %1230
  %1232 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1233 = load i64, ptr %1232, align 16
  %1234 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1235 = load i64, ptr %1234, align 16
  %1236 = add i64 %1233, %1235
  %1237 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 4), align 4
  %1238 = zext i8 %1237 to i64
  %1239 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1238
  %1240 = load i64, ptr %1239, align 8
  %1241 = add i64 %1236, %1240
  %1242 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %1241, ptr %1242, align 16
  %1243 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1244 = load i64, ptr %1243, align 16
  %1245 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1246 = load i64, ptr %1245, align 16
  %1247 = xor i64 %1244, %1246
  %1248 = call i64 @rotr64(i64 noundef %1247, i32 noundef 32)
  %1249 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %1248, ptr %1249, align 16
  %1250 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1251 = load i64, ptr %1250, align 16
  %1252 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1253 = load i64, ptr %1252, align 16
  %1254 = add i64 %1251, %1253
  %1255 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %1254, ptr %1255, align 16
  %1256 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1257 = load i64, ptr %1256, align 16
  %1258 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1259 = load i64, ptr %1258, align 16
  %1260 = xor i64 %1257, %1259
  %1261 = call i64 @rotr64(i64 noundef %1260, i32 noundef 24)
  %1262 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %1261, ptr %1262, align 16
  %1263 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1264 = load i64, ptr %1263, align 16
  %1265 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1266 = load i64, ptr %1265, align 16
  %1267 = add i64 %1264, %1266
  %1268 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 5), align 1
  %1269 = zext i8 %1268 to i64
  %1270 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1269
  %1271 = load i64, ptr %1270, align 8
  %1272 = add i64 %1267, %1271
  %1273 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %1272, ptr %1273, align 16
  %1274 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1275 = load i64, ptr %1274, align 16
  %1276 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1277 = load i64, ptr %1276, align 16
  %1278 = xor i64 %1275, %1277
  %1279 = call i64 @rotr64(i64 noundef %1278, i32 noundef 16)
  %1280 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %1279, ptr %1280, align 16
  %1281 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1282 = load i64, ptr %1281, align 16
  %1283 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1284 = load i64, ptr %1283, align 16
  %1285 = add i64 %1282, %1284
  %1286 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %1285, ptr %1286, align 16
  %1287 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1288 = load i64, ptr %1287, align 16
  %1289 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1290 = load i64, ptr %1289, align 16
  %1291 = xor i64 %1288, %1290
  %1292 = call i64 @rotr64(i64 noundef %1291, i32 noundef 63)
  %1293 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %1292, ptr %1293, align 16
  br label %1294

1294:                                             ; preds = %1231
  br label %1295

1295:                                             ; preds = %1294
  %1296 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1297 = load i64, ptr %1296, align 8
  %1298 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1299 = load i64, ptr %1298, align 8
  %1300 = add i64 %1297, %1299
  %1301 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 6), align 2
  %1302 = zext i8 %1301 to i64
  %1303 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1302
  %1304 = load i64, ptr %1303, align 8
  %1305 = add i64 %1300, %1304
  %1306 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %1305, ptr %1306, align 8
  %1307 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1308 = load i64, ptr %1307, align 8
  %1309 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1310 = load i64, ptr %1309, align 8
  %1311 = xor i64 %1308, %1310
  %1312 = call i64 @rotr64(i64 noundef %1311, i32 noundef 32)
  %1313 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %1312, ptr %1313, align 8
  %1314 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1315 = load i64, ptr %1314, align 8
  %1316 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1317 = load i64, ptr %1316, align 8
  %1318 = add i64 %1315, %1317
  %1319 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %1318, ptr %1319, align 8
  %1320 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1321 = load i64, ptr %1320, align 8
  %1322 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1323 = load i64, ptr %1322, align 8
  %1324 = xor i64 %1321, %1323
  %1325 = call i64 @rotr64(i64 noundef %1324, i32 noundef 24)
  %1326 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %1325, ptr %1326, align 8
  %1327 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1328 = load i64, ptr %1327, align 8
  %1329 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1330 = load i64, ptr %1329, align 8
  %1331 = add i64 %1328, %1330
  %1332 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 7), align 1
  %1333 = zext i8 %1332 to i64
  %1334 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1333
  %1335 = load i64, ptr %1334, align 8
  %1336 = add i64 %1331, %1335
  %1337 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %1336, ptr %1337, align 8
  %1338 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1339 = load i64, ptr %1338, align 8
  %1340 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1341 = load i64, ptr %1340, align 8
  %1342 = xor i64 %1339, %1341
  %1343 = call i64 @rotr64(i64 noundef %1342, i32 noundef 16)
  %1344 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %1343, ptr %1344, align 8
  %1345 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1346 = load i64, ptr %1345, align 8
  %1347 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1348 = load i64, ptr %1347, align 8
  %1349 = add i64 %1346, %1348
  %1350 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %1349, ptr %1350, align 8
  %1351 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1352 = load i64, ptr %1351, align 8
  %1353 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1354 = load i64, ptr %1353, align 8
  %1355 = xor i64 %1352, %1354
  %1356 = call i64 @rotr64(i64 noundef %1355, i32 noundef 63)
  %1357 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %1356, ptr %1357, align 8
  br label %1358

1358:                                             ; preds = %1295
  br label %1359

1359:                                             ; preds = %1358
  %1360 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1361 = load i64, ptr %1360, align 16
  %1362 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1363 = load i64, ptr %1362, align 8
  %1364 = add i64 %1361, %1363
  %1365 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 8), align 8
  %1366 = zext i8 %1365 to i64
  %1367 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1366
  %1368 = load i64, ptr %1367, align 8
  %1369 = add i64 %1364, %1368
  %1370 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %1369, ptr %1370, align 16
  %1371 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1372 = load i64, ptr %1371, align 8
  %1373 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1374 = load i64, ptr %1373, align 16
  %1375 = xor i64 %1372, %1374
  %1376 = call i64 @rotr64(i64 noundef %1375, i32 noundef 32)
  %1377 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %1376, ptr %1377, align 8
  %1378 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1379 = load i64, ptr %1378, align 16
  %1380 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1381 = load i64, ptr %1380, align 8
  %1382 = add i64 %1379, %1381
  %1383 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %1382, ptr %1383, align 16
  %1384 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1385 = load i64, ptr %1384, align 8
  %1386 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1387 = load i64, ptr %1386, align 16
  %1388 = xor i64 %1385, %1387
  %1389 = call i64 @rotr64(i64 noundef %1388, i32 noundef 24)
  %1390 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %1389, ptr %1390, align 8
  %1391 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1392 = load i64, ptr %1391, align 16
  %1393 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1394 = load i64, ptr %1393, align 8
  %1395 = add i64 %1392, %1394
  %1396 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 9), align 1
  %1397 = zext i8 %1396 to i64
  %1398 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1397
  %1399 = load i64, ptr %1398, align 8
  %1400 = add i64 %1395, %1399
  %1401 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %1400, ptr %1401, align 16
  %1402 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1403 = load i64, ptr %1402, align 8
  %1404 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1405 = load i64, ptr %1404, align 16
  %1406 = xor i64 %1403, %1405
  %1407 = call i64 @rotr64(i64 noundef %1406, i32 noundef 16)
  %1408 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %1407, ptr %1408, align 8
  %1409 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1410 = load i64, ptr %1409, align 16
  %1411 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1412 = load i64, ptr %1411, align 8
  %1413 = add i64 %1410, %1412
  %1414 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %1413, ptr %1414, align 16
  %1415 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1416 = load i64, ptr %1415, align 8
  %1417 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1418 = load i64, ptr %1417, align 16
  %1419 = xor i64 %1416, %1418
  %1420 = call i64 @rotr64(i64 noundef %1419, i32 noundef 63)
  %1421 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %1420, ptr %1421, align 8
  br label %1422

1422:                                             ; preds = %1359
  br label %1423

1423:                                             ; preds = %1422
  %1424 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1425 = load i64, ptr %1424, align 8
  %1426 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1427 = load i64, ptr %1426, align 16
  %1428 = add i64 %1425, %1427
  %1429 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 10), align 2
  %1430 = zext i8 %1429 to i64
  %1431 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1430
  %1432 = load i64, ptr %1431, align 8
  %1433 = add i64 %1428, %1432
  %1434 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %1433, ptr %1434, align 8
  %1435 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1436 = load i64, ptr %1435, align 16
  %1437 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1438 = load i64, ptr %1437, align 8
  %1439 = xor i64 %1436, %1438
  %1440 = call i64 @rotr64(i64 noundef %1439, i32 noundef 32)
  %1441 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %1440, ptr %1441, align 16
  %1442 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1443 = load i64, ptr %1442, align 8
  %1444 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1445 = load i64, ptr %1444, align 16
  %1446 = add i64 %1443, %1445
  %1447 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %1446, ptr %1447, align 8
  %1448 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1449 = load i64, ptr %1448, align 16
  %1450 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1451 = load i64, ptr %1450, align 8
  %1452 = xor i64 %1449, %1451
  %1453 = call i64 @rotr64(i64 noundef %1452, i32 noundef 24)
  %1454 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %1453, ptr %1454, align 16
  %1455 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1456 = load i64, ptr %1455, align 8
  %1457 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1458 = load i64, ptr %1457, align 16
  %1459 = add i64 %1456, %1458
  %1460 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 11), align 1
  %1461 = zext i8 %1460 to i64
  %1462 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1461
  %1463 = load i64, ptr %1462, align 8
  %1464 = add i64 %1459, %1463
  %1465 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %1464, ptr %1465, align 8
  %1466 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1467 = load i64, ptr %1466, align 16
  %1468 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1469 = load i64, ptr %1468, align 8
  %1470 = xor i64 %1467, %1469
  %1471 = call i64 @rotr64(i64 noundef %1470, i32 noundef 16)
  %1472 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %1471, ptr %1472, align 16
  %1473 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1474 = load i64, ptr %1473, align 8
  %1475 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1476 = load i64, ptr %1475, align 16
  %1477 = add i64 %1474, %1476
  %1478 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %1477, ptr %1478, align 8
  %1479 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1480 = load i64, ptr %1479, align 16
  %1481 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1482 = load i64, ptr %1481, align 8
  %1483 = xor i64 %1480, %1482
  %1484 = call i64 @rotr64(i64 noundef %1483, i32 noundef 63)
  %1485 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %1484, ptr %1485, align 16
  br label %1486

1486:                                             ; preds = %1423
  br label %1487

1487:                                             ; preds = %1486
  %1488 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1489 = load i64, ptr %1488, align 16
  %1490 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1491 = load i64, ptr %1490, align 8
  %1492 = add i64 %1489, %1491
  %1493 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 12), align 4
  %1494 = zext i8 %1493 to i64
  %1495 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1494
  %1496 = load i64, ptr %1495, align 8
  %1497 = add i64 %1492, %1496
  %1498 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %1497, ptr %1498, align 16
  %1499 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1500 = load i64, ptr %1499, align 8
  %1501 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1502 = load i64, ptr %1501, align 16
  %1503 = xor i64 %1500, %1502
  %1504 = call i64 @rotr64(i64 noundef %1503, i32 noundef 32)
  %1505 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %1504, ptr %1505, align 8
  %1506 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1507 = load i64, ptr %1506, align 16
  %1508 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1509 = load i64, ptr %1508, align 8
  %1510 = add i64 %1507, %1509
  %1511 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %1510, ptr %1511, align 16
  %1512 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1513 = load i64, ptr %1512, align 8
  %1514 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1515 = load i64, ptr %1514, align 16
  %1516 = xor i64 %1513, %1515
  %1517 = call i64 @rotr64(i64 noundef %1516, i32 noundef 24)
  %1518 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %1517, ptr %1518, align 8
  %1519 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1520 = load i64, ptr %1519, align 16
  %1521 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1522 = load i64, ptr %1521, align 8
  %1523 = add i64 %1520, %1522
  %1524 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 13), align 1
  %1525 = zext i8 %1524 to i64
  %1526 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1525
  %1527 = load i64, ptr %1526, align 8
  %1528 = add i64 %1523, %1527
  %1529 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %1528, ptr %1529, align 16
  %1530 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1531 = load i64, ptr %1530, align 8
  %1532 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1533 = load i64, ptr %1532, align 16
  %1534 = xor i64 %1531, %1533
  %1535 = call i64 @rotr64(i64 noundef %1534, i32 noundef 16)
  %1536 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %1535, ptr %1536, align 8
  %1537 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1538 = load i64, ptr %1537, align 16
  %1539 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1540 = load i64, ptr %1539, align 8
  %1541 = add i64 %1538, %1540
  %1542 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %1541, ptr %1542, align 16
  %1543 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1544 = load i64, ptr %1543, align 8
  %1545 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1546 = load i64, ptr %1545, align 16
  %1547 = xor i64 %1544, %1546
  %1548 = call i64 @rotr64(i64 noundef %1547, i32 noundef 63)
  %1549 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %1548, ptr %1549, align 8
  br label %1550

1550:                                             ; preds = %1487
  br label %1551

1551:                                             ; preds = %1550
  %1552 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1553 = load i64, ptr %1552, align 8
  %1554 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1555 = load i64, ptr %1554, align 16
  %1556 = add i64 %1553, %1555
  %1557 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 14), align 2
  %1558 = zext i8 %1557 to i64
  %1559 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1558
  %1560 = load i64, ptr %1559, align 8
  %1561 = add i64 %1556, %1560
  %1562 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %1561, ptr %1562, align 8
  %1563 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1564 = load i64, ptr %1563, align 16
  %1565 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1566 = load i64, ptr %1565, align 8
  %1567 = xor i64 %1564, %1566
  %1568 = call i64 @rotr64(i64 noundef %1567, i32 noundef 32)
  %1569 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %1568, ptr %1569, align 16
  %1570 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1571 = load i64, ptr %1570, align 8
  %1572 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1573 = load i64, ptr %1572, align 16
  %1574 = add i64 %1571, %1573
  %1575 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %1574, ptr %1575, align 8
  %1576 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1577 = load i64, ptr %1576, align 16
  %1578 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1579 = load i64, ptr %1578, align 8
  %1580 = xor i64 %1577, %1579
  %1581 = call i64 @rotr64(i64 noundef %1580, i32 noundef 24)
  %1582 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %1581, ptr %1582, align 16
  %1583 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1584 = load i64, ptr %1583, align 8
  %1585 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1586 = load i64, ptr %1585, align 16
  %1587 = add i64 %1584, %1586
  %1588 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 2), i64 0, i64 15), align 1
  %1589 = zext i8 %1588 to i64
  %1590 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1589
  %1591 = load i64, ptr %1590, align 8
  %1592 = add i64 %1587, %1591
  %1593 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %1592, ptr %1593, align 8
  %1594 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1595 = load i64, ptr %1594, align 16
  %1596 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1597 = load i64, ptr %1596, align 8
  %1598 = xor i64 %1595, %1597
  %1599 = call i64 @rotr64(i64 noundef %1598, i32 noundef 16)
  %1600 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %1599, ptr %1600, align 16
  %1601 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1602 = load i64, ptr %1601, align 8
  %1603 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1604 = load i64, ptr %1603, align 16
  %1605 = add i64 %1602, %1604
  %1606 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %1605, ptr %1606, align 8
  %1607 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1608 = load i64, ptr %1607, align 16
  %1609 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1610 = load i64, ptr %1609, align 8
  %1611 = xor i64 %1608, %1610
  %1612 = call i64 @rotr64(i64 noundef %1611, i32 noundef 63)
  %1613 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %1612, ptr %1613, align 16
  br label %1614

1614:                                             ; preds = %1551
  br label %1615

1615:                                             ; preds = %1614
  br label %1616

1616:                                             ; preds = %1615
  br label %1617

1617:                                             ; preds = %1616
  %1618 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1619 = load i64, ptr %1618, align 16
  %1620 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1621 = load i64, ptr %1620, align 16
  %1622 = add i64 %1619, %1621
  %1623 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), align 16
  %1624 = zext i8 %1623 to i64
  %1625 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1624
  %1626 = load i64, ptr %1625, align 8
  %1627 = add i64 %1622, %1626
  %1628 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %1627, ptr %1628, align 16
  %1629 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1630 = load i64, ptr %1629, align 16
  %1631 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1632 = load i64, ptr %1631, align 16
  %1633 = xor i64 %1630, %1632
  %1634 = call i64 @rotr64(i64 noundef %1633, i32 noundef 32)
  %1635 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %1634, ptr %1635, align 16
  %1636 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1637 = load i64, ptr %1636, align 16
  %1638 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1639 = load i64, ptr %1638, align 16
  %1640 = add i64 %1637, %1639
  %1641 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %1640, ptr %1641, align 16
  %1642 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1643 = load i64, ptr %1642, align 16
  %1644 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1645 = load i64, ptr %1644, align 16
  %1646 = xor i64 %1643, %1645
  %1647 = call i64 @rotr64(i64 noundef %1646, i32 noundef 24)
  %1648 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %1647, ptr %1648, align 16
  %1649 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1650 = load i64, ptr %1649, align 16
  %1651 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1652 = load i64, ptr %1651, align 16
  %1653 = add i64 %1650, %1652
  %1654 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 1), align 1
  %1655 = zext i8 %1654 to i64
  %1656 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1655
  %1657 = load i64, ptr %1656, align 8
  %1658 = add i64 %1653, %1657
  %1659 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %1658, ptr %1659, align 16
  %1660 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1661 = load i64, ptr %1660, align 16
  %1662 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1663 = load i64, ptr %1662, align 16
  %1664 = xor i64 %1661, %1663
  %1665 = call i64 @rotr64(i64 noundef %1664, i32 noundef 16)
  %1666 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %1665, ptr %1666, align 16
  %1667 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1668 = load i64, ptr %1667, align 16
  %1669 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1670 = load i64, ptr %1669, align 16
  %1671 = add i64 %1668, %1670
  %1672 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %1671, ptr %1672, align 16
  %1673 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %1674 = load i64, ptr %1673, align 16
  %1675 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %1676 = load i64, ptr %1675, align 16
  %1677 = xor i64 %1674, %1676
  %1678 = call i64 @rotr64(i64 noundef %1677, i32 noundef 63)
  %1679 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %1678, ptr %1679, align 16
  br label %1680

1680:                                             ; preds = %1617
  br label %1681

1681:                                             ; preds = %1680
  %1682 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1683 = load i64, ptr %1682, align 8
  %1684 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1685 = load i64, ptr %1684, align 8
  %1686 = add i64 %1683, %1685
  %1687 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 2), align 2
  %1688 = zext i8 %1687 to i64
  %1689 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1688
  %1690 = load i64, ptr %1689, align 8
  %1691 = add i64 %1686, %1690
  %1692 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %1691, ptr %1692, align 8
  %1693 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1694 = load i64, ptr %1693, align 8
  %1695 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1696 = load i64, ptr %1695, align 8
  %1697 = xor i64 %1694, %1696
  %1698 = call i64 @rotr64(i64 noundef %1697, i32 noundef 32)
  %1699 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %1698, ptr %1699, align 8
  %1700 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1701 = load i64, ptr %1700, align 8
  %1702 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1703 = load i64, ptr %1702, align 8
  %1704 = add i64 %1701, %1703
  %1705 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %1704, ptr %1705, align 8
  %1706 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1707 = load i64, ptr %1706, align 8
  %1708 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1709 = load i64, ptr %1708, align 8
  %1710 = xor i64 %1707, %1709
  %1711 = call i64 @rotr64(i64 noundef %1710, i32 noundef 24)
  %1712 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %1711, ptr %1712, align 8
  %1713 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1714 = load i64, ptr %1713, align 8
  %1715 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1716 = load i64, ptr %1715, align 8
  %1717 = add i64 %1714, %1716
  %1718 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 3), align 1
  %1719 = zext i8 %1718 to i64
  %1720 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1719
  %1721 = load i64, ptr %1720, align 8
  %1722 = add i64 %1717, %1721
  %1723 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %1722, ptr %1723, align 8
  %1724 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1725 = load i64, ptr %1724, align 8
  %1726 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1727 = load i64, ptr %1726, align 8
  %1728 = xor i64 %1725, %1727
  %1729 = call i64 @rotr64(i64 noundef %1728, i32 noundef 16)
  %1730 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %1729, ptr %1730, align 8
  %1731 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1732 = load i64, ptr %1731, align 8
  %1733 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %1734 = load i64, ptr %1733, align 8
  %1735 = add i64 %1732, %1734
  %1736 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %1735, ptr %1736, align 8
  %1737 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1738 = load i64, ptr %1737, align 8
  %1739 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %1740 = load i64, ptr %1739, align 8
  %1741 = xor i64 %1738, %1740
  %1742 = call i64 @rotr64(i64 noundef %1741, i32 noundef 63)
  %1743 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %1742, ptr %1743, align 8
  br label %1744

1744:                                             ; preds = %1681
  br label %1745

1745:                                             ; preds = %1744
  %1746 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1747 = load i64, ptr %1746, align 16
  %1748 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1749 = load i64, ptr %1748, align 16
  %1750 = add i64 %1747, %1749
  %1751 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 4), align 4
  %1752 = zext i8 %1751 to i64
  %1753 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1752
  %1754 = load i64, ptr %1753, align 8
  %1755 = add i64 %1750, %1754
  %1756 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %1755, ptr %1756, align 16
  %1757 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1758 = load i64, ptr %1757, align 16
  %1759 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1760 = load i64, ptr %1759, align 16
  %1761 = xor i64 %1758, %1760
  %1762 = call i64 @rotr64(i64 noundef %1761, i32 noundef 32)
  %1763 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %1762, ptr %1763, align 16
  %1764 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1765 = load i64, ptr %1764, align 16
  %1766 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1767 = load i64, ptr %1766, align 16
  %1768 = add i64 %1765, %1767
  %1769 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %1768, ptr %1769, align 16
  %1770 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1771 = load i64, ptr %1770, align 16
  %1772 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1773 = load i64, ptr %1772, align 16
  %1774 = xor i64 %1771, %1773
  %1775 = call i64 @rotr64(i64 noundef %1774, i32 noundef 24)
  %1776 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %1775, ptr %1776, align 16
  %1777 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1778 = load i64, ptr %1777, align 16
  %1779 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1780 = load i64, ptr %1779, align 16
  %1781 = add i64 %1778, %1780
  %1782 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 5), align 1
  %1783 = zext i8 %1782 to i64
  %1784 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1783
  %1785 = load i64, ptr %1784, align 8
  %1786 = add i64 %1781, %1785
  %1787 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %1786, ptr %1787, align 16
  %1788 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1789 = load i64, ptr %1788, align 16
  %1790 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %1791 = load i64, ptr %1790, align 16
  %1792 = xor i64 %1789, %1791
  %1793 = call i64 @rotr64(i64 noundef %1792, i32 noundef 16)
  %1794 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %1793, ptr %1794, align 16
  %1795 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1796 = load i64, ptr %1795, align 16
  %1797 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %1798 = load i64, ptr %1797, align 16
  %1799 = add i64 %1796, %1798
  %1800 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %1799, ptr %1800, align 16
  %1801 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1802 = load i64, ptr %1801, align 16
  %1803 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1804 = load i64, ptr %1803, align 16
  %1805 = xor i64 %1802, %1804
  %1806 = call i64 @rotr64(i64 noundef %1805, i32 noundef 63)
  %1807 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %1806, ptr %1807, align 16
  br label %1808

1808:                                             ; preds = %1745
  br label %1809

1809:                                             ; preds = %1808
  %1810 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1811 = load i64, ptr %1810, align 8
  %1812 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1813 = load i64, ptr %1812, align 8
  %1814 = add i64 %1811, %1813
  %1815 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 6), align 2
  %1816 = zext i8 %1815 to i64
  %1817 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1816
  %1818 = load i64, ptr %1817, align 8
  %1819 = add i64 %1814, %1818
  %1820 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %1819, ptr %1820, align 8
  %1821 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1822 = load i64, ptr %1821, align 8
  %1823 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1824 = load i64, ptr %1823, align 8
  %1825 = xor i64 %1822, %1824
  %1826 = call i64 @rotr64(i64 noundef %1825, i32 noundef 32)
  %1827 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %1826, ptr %1827, align 8
  %1828 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1829 = load i64, ptr %1828, align 8
  %1830 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1831 = load i64, ptr %1830, align 8
  %1832 = add i64 %1829, %1831
  %1833 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %1832, ptr %1833, align 8
  %1834 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1835 = load i64, ptr %1834, align 8
  %1836 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1837 = load i64, ptr %1836, align 8
  %1838 = xor i64 %1835, %1837
  %1839 = call i64 @rotr64(i64 noundef %1838, i32 noundef 24)
  %1840 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %1839, ptr %1840, align 8
  %1841 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1842 = load i64, ptr %1841, align 8
  %1843 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1844 = load i64, ptr %1843, align 8
  %1845 = add i64 %1842, %1844
  %1846 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 7), align 1
  %1847 = zext i8 %1846 to i64
  %1848 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1847
  %1849 = load i64, ptr %1848, align 8
  %1850 = add i64 %1845, %1849
  %1851 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %1850, ptr %1851, align 8
  %1852 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1853 = load i64, ptr %1852, align 8
  %1854 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %1855 = load i64, ptr %1854, align 8
  %1856 = xor i64 %1853, %1855
  %1857 = call i64 @rotr64(i64 noundef %1856, i32 noundef 16)
  %1858 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %1857, ptr %1858, align 8
  %1859 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1860 = load i64, ptr %1859, align 8
  %1861 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1862 = load i64, ptr %1861, align 8
  %1863 = add i64 %1860, %1862
  %1864 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %1863, ptr %1864, align 8
  %1865 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %1866 = load i64, ptr %1865, align 8
  %1867 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1868 = load i64, ptr %1867, align 8
  %1869 = xor i64 %1866, %1868
  %1870 = call i64 @rotr64(i64 noundef %1869, i32 noundef 63)
  %1871 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %1870, ptr %1871, align 8
  br label %1872

1872:                                             ; preds = %1809
  br label %1873

1873:                                             ; preds = %1872
  %1874 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1875 = load i64, ptr %1874, align 16
  %1876 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1877 = load i64, ptr %1876, align 8
  %1878 = add i64 %1875, %1877
  %1879 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 8), align 8
  %1880 = zext i8 %1879 to i64
  %1881 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1880
  %1882 = load i64, ptr %1881, align 8
  %1883 = add i64 %1878, %1882
  %1884 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %1883, ptr %1884, align 16
  %1885 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1886 = load i64, ptr %1885, align 8
  %1887 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1888 = load i64, ptr %1887, align 16
  %1889 = xor i64 %1886, %1888
  %1890 = call i64 @rotr64(i64 noundef %1889, i32 noundef 32)
  %1891 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %1890, ptr %1891, align 8
  %1892 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1893 = load i64, ptr %1892, align 16
  %1894 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1895 = load i64, ptr %1894, align 8
  %1896 = add i64 %1893, %1895
  %1897 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %1896, ptr %1897, align 16
  %1898 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1899 = load i64, ptr %1898, align 8
  %1900 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1901 = load i64, ptr %1900, align 16
  %1902 = xor i64 %1899, %1901
  %1903 = call i64 @rotr64(i64 noundef %1902, i32 noundef 24)
  %1904 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %1903, ptr %1904, align 8
  %1905 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1906 = load i64, ptr %1905, align 16
  %1907 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1908 = load i64, ptr %1907, align 8
  %1909 = add i64 %1906, %1908
  %1910 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 9), align 1
  %1911 = zext i8 %1910 to i64
  %1912 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1911
  %1913 = load i64, ptr %1912, align 8
  %1914 = add i64 %1909, %1913
  %1915 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %1914, ptr %1915, align 16
  %1916 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1917 = load i64, ptr %1916, align 8
  %1918 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %1919 = load i64, ptr %1918, align 16
  %1920 = xor i64 %1917, %1919
  %1921 = call i64 @rotr64(i64 noundef %1920, i32 noundef 16)
  %1922 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %1921, ptr %1922, align 8
  %1923 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1924 = load i64, ptr %1923, align 16
  %1925 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %1926 = load i64, ptr %1925, align 8
  %1927 = add i64 %1924, %1926
  %1928 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %1927, ptr %1928, align 16
  %1929 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %1930 = load i64, ptr %1929, align 8
  %1931 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %1932 = load i64, ptr %1931, align 16
  %1933 = xor i64 %1930, %1932
  %1934 = call i64 @rotr64(i64 noundef %1933, i32 noundef 63)
  %1935 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %1934, ptr %1935, align 8
  br label %1936

1936:                                             ; preds = %1873
  br label %1937

1937:                                             ; preds = %1936
  %1938 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1939 = load i64, ptr %1938, align 8
  %1940 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1941 = load i64, ptr %1940, align 16
  %1942 = add i64 %1939, %1941
  %1943 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 10), align 2
  %1944 = zext i8 %1943 to i64
  %1945 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1944
  %1946 = load i64, ptr %1945, align 8
  %1947 = add i64 %1942, %1946
  %1948 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %1947, ptr %1948, align 8
  %1949 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1950 = load i64, ptr %1949, align 16
  %1951 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1952 = load i64, ptr %1951, align 8
  %1953 = xor i64 %1950, %1952
  %1954 = call i64 @rotr64(i64 noundef %1953, i32 noundef 32)
  %1955 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %1954, ptr %1955, align 16
  %1956 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1957 = load i64, ptr %1956, align 8
  %1958 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1959 = load i64, ptr %1958, align 16
  %1960 = add i64 %1957, %1959
  %1961 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %1960, ptr %1961, align 8
  %1962 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1963 = load i64, ptr %1962, align 16
  %1964 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1965 = load i64, ptr %1964, align 8
  %1966 = xor i64 %1963, %1965
  %1967 = call i64 @rotr64(i64 noundef %1966, i32 noundef 24)
  %1968 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %1967, ptr %1968, align 16
  %1969 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1970 = load i64, ptr %1969, align 8
  %1971 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1972 = load i64, ptr %1971, align 16
  %1973 = add i64 %1970, %1972
  %1974 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 11), align 1
  %1975 = zext i8 %1974 to i64
  %1976 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %1975
  %1977 = load i64, ptr %1976, align 8
  %1978 = add i64 %1973, %1977
  %1979 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %1978, ptr %1979, align 8
  %1980 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1981 = load i64, ptr %1980, align 16
  %1982 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %1983 = load i64, ptr %1982, align 8
  %1984 = xor i64 %1981, %1983
  %1985 = call i64 @rotr64(i64 noundef %1984, i32 noundef 16)
  %1986 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %1985, ptr %1986, align 16
  %1987 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1988 = load i64, ptr %1987, align 8
  %1989 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %1990 = load i64, ptr %1989, align 16
  %1991 = add i64 %1988, %1990
  %1992 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %1991, ptr %1992, align 8
  %1993 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %1994 = load i64, ptr %1993, align 16
  %1995 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %1996 = load i64, ptr %1995, align 8
  %1997 = xor i64 %1994, %1996
  %1998 = call i64 @rotr64(i64 noundef %1997, i32 noundef 63)
  %1999 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %1998, ptr %1999, align 16
  br label %2000

2000:                                             ; preds = %1937
  br label %2001

2001:                                             ; preds = %2000
  %2002 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2003 = load i64, ptr %2002, align 16
  %2004 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2005 = load i64, ptr %2004, align 8
  %2006 = add i64 %2003, %2005
  %2007 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 12), align 4
  %2008 = zext i8 %2007 to i64
  %2009 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2008
  %2010 = load i64, ptr %2009, align 8
  %2011 = add i64 %2006, %2010
  %2012 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %2011, ptr %2012, align 16
  %2013 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2014 = load i64, ptr %2013, align 8
  %2015 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2016 = load i64, ptr %2015, align 16
  %2017 = xor i64 %2014, %2016
  %2018 = call i64 @rotr64(i64 noundef %2017, i32 noundef 32)
  %2019 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %2018, ptr %2019, align 8
  %2020 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2021 = load i64, ptr %2020, align 16
  %2022 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2023 = load i64, ptr %2022, align 8
  %2024 = add i64 %2021, %2023
  %2025 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %2024, ptr %2025, align 16
  %2026 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2027 = load i64, ptr %2026, align 8
  %2028 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2029 = load i64, ptr %2028, align 16
  %2030 = xor i64 %2027, %2029
  %2031 = call i64 @rotr64(i64 noundef %2030, i32 noundef 24)
  %2032 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %2031, ptr %2032, align 8
  %2033 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2034 = load i64, ptr %2033, align 16
  %2035 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2036 = load i64, ptr %2035, align 8
  %2037 = add i64 %2034, %2036
  %2038 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 13), align 1
  %2039 = zext i8 %2038 to i64
  %2040 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2039
  %2041 = load i64, ptr %2040, align 8
  %2042 = add i64 %2037, %2041
  %2043 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %2042, ptr %2043, align 16
  %2044 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2045 = load i64, ptr %2044, align 8
  %2046 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2047 = load i64, ptr %2046, align 16
  %2048 = xor i64 %2045, %2047
  %2049 = call i64 @rotr64(i64 noundef %2048, i32 noundef 16)
  %2050 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %2049, ptr %2050, align 8
  %2051 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2052 = load i64, ptr %2051, align 16
  %2053 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2054 = load i64, ptr %2053, align 8
  %2055 = add i64 %2052, %2054
  %2056 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %2055, ptr %2056, align 16
  %2057 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2058 = load i64, ptr %2057, align 8
  %2059 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2060 = load i64, ptr %2059, align 16
  %2061 = xor i64 %2058, %2060
  %2062 = call i64 @rotr64(i64 noundef %2061, i32 noundef 63)
  %2063 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %2062, ptr %2063, align 8
  br label %2064

2064:                                             ; preds = %2001
  br label %2065

2065:                                             ; preds = %2064
  %2066 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2067 = load i64, ptr %2066, align 8
  %2068 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2069 = load i64, ptr %2068, align 16
  %2070 = add i64 %2067, %2069
  %2071 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 14), align 2
  %2072 = zext i8 %2071 to i64
  %2073 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2072
  %2074 = load i64, ptr %2073, align 8
  %2075 = add i64 %2070, %2074
  %2076 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %2075, ptr %2076, align 8
  %2077 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2078 = load i64, ptr %2077, align 16
  %2079 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2080 = load i64, ptr %2079, align 8
  %2081 = xor i64 %2078, %2080
  %2082 = call i64 @rotr64(i64 noundef %2081, i32 noundef 32)
  %2083 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %2082, ptr %2083, align 16
  %2084 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2085 = load i64, ptr %2084, align 8
  %2086 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2087 = load i64, ptr %2086, align 16
  %2088 = add i64 %2085, %2087
  %2089 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %2088, ptr %2089, align 8
  %2090 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2091 = load i64, ptr %2090, align 16
  %2092 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2093 = load i64, ptr %2092, align 8
  %2094 = xor i64 %2091, %2093
  %2095 = call i64 @rotr64(i64 noundef %2094, i32 noundef 24)
  %2096 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %2095, ptr %2096, align 16
  %2097 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2098 = load i64, ptr %2097, align 8
  %2099 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2100 = load i64, ptr %2099, align 16
  %2101 = add i64 %2098, %2100
  %2102 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 3), i64 0, i64 15), align 1
  %2103 = zext i8 %2102 to i64
  %2104 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2103
  %2105 = load i64, ptr %2104, align 8
  %2106 = add i64 %2101, %2105
  %2107 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %2106, ptr %2107, align 8
  %2108 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2109 = load i64, ptr %2108, align 16
  %2110 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2111 = load i64, ptr %2110, align 8
  %2112 = xor i64 %2109, %2111
  %2113 = call i64 @rotr64(i64 noundef %2112, i32 noundef 16)
  %2114 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %2113, ptr %2114, align 16
  %2115 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2116 = load i64, ptr %2115, align 8
  %2117 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2118 = load i64, ptr %2117, align 16
  %2119 = add i64 %2116, %2118
  %2120 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %2119, ptr %2120, align 8
  %2121 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2122 = load i64, ptr %2121, align 16
  %2123 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2124 = load i64, ptr %2123, align 8
  %2125 = xor i64 %2122, %2124
  %2126 = call i64 @rotr64(i64 noundef %2125, i32 noundef 63)
  %2127 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %2126, ptr %2127, align 16
  br label %2128

2128:                                             ; preds = %2065
  br label %2129

2129:                                             ; preds = %2128
  br label %2130

2130:                                             ; preds = %2129
  br label %2131

2131:                                             ; preds = %2130
  %2132 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2133 = load i64, ptr %2132, align 16
  %2134 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2135 = load i64, ptr %2134, align 16
  %2136 = add i64 %2133, %2135
  %2137 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), align 16
  %2138 = zext i8 %2137 to i64
  %2139 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2138
  %2140 = load i64, ptr %2139, align 8
  %2141 = add i64 %2136, %2140
  %2142 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %2141, ptr %2142, align 16
  %2143 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2144 = load i64, ptr %2143, align 16
  %2145 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2146 = load i64, ptr %2145, align 16
  %2147 = xor i64 %2144, %2146
  %2148 = call i64 @rotr64(i64 noundef %2147, i32 noundef 32)
  %2149 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %2148, ptr %2149, align 16
  %2150 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2151 = load i64, ptr %2150, align 16
  %2152 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2153 = load i64, ptr %2152, align 16
  %2154 = add i64 %2151, %2153
  %2155 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %2154, ptr %2155, align 16
  %2156 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2157 = load i64, ptr %2156, align 16
  %2158 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2159 = load i64, ptr %2158, align 16
  %2160 = xor i64 %2157, %2159
  %2161 = call i64 @rotr64(i64 noundef %2160, i32 noundef 24)
  %2162 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %2161, ptr %2162, align 16
  %2163 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2164 = load i64, ptr %2163, align 16
  %2165 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2166 = load i64, ptr %2165, align 16
  %2167 = add i64 %2164, %2166
  %2168 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 1), align 1
  %2169 = zext i8 %2168 to i64
  %2170 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2169
  %2171 = load i64, ptr %2170, align 8
  %2172 = add i64 %2167, %2171
  %2173 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %2172, ptr %2173, align 16
  %2174 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2175 = load i64, ptr %2174, align 16
  %2176 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2177 = load i64, ptr %2176, align 16
  %2178 = xor i64 %2175, %2177
  %2179 = call i64 @rotr64(i64 noundef %2178, i32 noundef 16)
  %2180 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %2179, ptr %2180, align 16
  %2181 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2182 = load i64, ptr %2181, align 16
  %2183 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2184 = load i64, ptr %2183, align 16
  %2185 = add i64 %2182, %2184
  %2186 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %2185, ptr %2186, align 16
  %2187 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2188 = load i64, ptr %2187, align 16
  %2189 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2190 = load i64, ptr %2189, align 16
  %2191 = xor i64 %2188, %2190
  %2192 = call i64 @rotr64(i64 noundef %2191, i32 noundef 63)
  %2193 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %2192, ptr %2193, align 16
  br label %2194

2194:                                             ; preds = %2131
  br label %2195

2195:                                             ; preds = %2194
  %2196 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2197 = load i64, ptr %2196, align 8
  %2198 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2199 = load i64, ptr %2198, align 8
  %2200 = add i64 %2197, %2199
  %2201 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 2), align 2
  %2202 = zext i8 %2201 to i64
  %2203 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2202
  %2204 = load i64, ptr %2203, align 8
  %2205 = add i64 %2200, %2204
  %2206 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %2205, ptr %2206, align 8
  %2207 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2208 = load i64, ptr %2207, align 8
  %2209 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2210 = load i64, ptr %2209, align 8
  %2211 = xor i64 %2208, %2210
  %2212 = call i64 @rotr64(i64 noundef %2211, i32 noundef 32)
  %2213 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %2212, ptr %2213, align 8
  %2214 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2215 = load i64, ptr %2214, align 8
  %2216 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2217 = load i64, ptr %2216, align 8
  %2218 = add i64 %2215, %2217
  %2219 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %2218, ptr %2219, align 8
  %2220 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2221 = load i64, ptr %2220, align 8
  %2222 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2223 = load i64, ptr %2222, align 8
  %2224 = xor i64 %2221, %2223
  %2225 = call i64 @rotr64(i64 noundef %2224, i32 noundef 24)
  %2226 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %2225, ptr %2226, align 8
  %2227 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2228 = load i64, ptr %2227, align 8
  %2229 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2230 = load i64, ptr %2229, align 8
  %2231 = add i64 %2228, %2230
  %2232 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 3), align 1
  %2233 = zext i8 %2232 to i64
  %2234 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2233
  %2235 = load i64, ptr %2234, align 8
  %2236 = add i64 %2231, %2235
  %2237 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %2236, ptr %2237, align 8
  %2238 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2239 = load i64, ptr %2238, align 8
  %2240 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2241 = load i64, ptr %2240, align 8
  %2242 = xor i64 %2239, %2241
  %2243 = call i64 @rotr64(i64 noundef %2242, i32 noundef 16)
  %2244 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %2243, ptr %2244, align 8
  %2245 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2246 = load i64, ptr %2245, align 8
  %2247 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2248 = load i64, ptr %2247, align 8
  %2249 = add i64 %2246, %2248
  %2250 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %2249, ptr %2250, align 8
  %2251 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2252 = load i64, ptr %2251, align 8
  %2253 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2254 = load i64, ptr %2253, align 8
  %2255 = xor i64 %2252, %2254
  %2256 = call i64 @rotr64(i64 noundef %2255, i32 noundef 63)
  %2257 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %2256, ptr %2257, align 8
  br label %2258

2258:                                             ; preds = %2195
  br label %2259

2259:                                             ; preds = %2258
  %2260 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2261 = load i64, ptr %2260, align 16
  %2262 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2263 = load i64, ptr %2262, align 16
  %2264 = add i64 %2261, %2263
  %2265 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 4), align 4
  %2266 = zext i8 %2265 to i64
  %2267 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2266
  %2268 = load i64, ptr %2267, align 8
  %2269 = add i64 %2264, %2268
  %2270 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %2269, ptr %2270, align 16
  %2271 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2272 = load i64, ptr %2271, align 16
  %2273 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2274 = load i64, ptr %2273, align 16
  %2275 = xor i64 %2272, %2274
  %2276 = call i64 @rotr64(i64 noundef %2275, i32 noundef 32)
  %2277 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %2276, ptr %2277, align 16
  %2278 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2279 = load i64, ptr %2278, align 16
  %2280 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2281 = load i64, ptr %2280, align 16
  %2282 = add i64 %2279, %2281
  %2283 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %2282, ptr %2283, align 16
  %2284 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2285 = load i64, ptr %2284, align 16
  %2286 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2287 = load i64, ptr %2286, align 16
  %2288 = xor i64 %2285, %2287
  %2289 = call i64 @rotr64(i64 noundef %2288, i32 noundef 24)
  %2290 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %2289, ptr %2290, align 16
  %2291 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2292 = load i64, ptr %2291, align 16
  %2293 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2294 = load i64, ptr %2293, align 16
  %2295 = add i64 %2292, %2294
  %2296 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 5), align 1
  %2297 = zext i8 %2296 to i64
  %2298 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2297
  %2299 = load i64, ptr %2298, align 8
  %2300 = add i64 %2295, %2299
  %2301 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %2300, ptr %2301, align 16
  %2302 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2303 = load i64, ptr %2302, align 16
  %2304 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2305 = load i64, ptr %2304, align 16
  %2306 = xor i64 %2303, %2305
  %2307 = call i64 @rotr64(i64 noundef %2306, i32 noundef 16)
  %2308 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %2307, ptr %2308, align 16
  %2309 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2310 = load i64, ptr %2309, align 16
  %2311 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2312 = load i64, ptr %2311, align 16
  %2313 = add i64 %2310, %2312
  %2314 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %2313, ptr %2314, align 16
  %2315 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2316 = load i64, ptr %2315, align 16
  %2317 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2318 = load i64, ptr %2317, align 16
  %2319 = xor i64 %2316, %2318
  %2320 = call i64 @rotr64(i64 noundef %2319, i32 noundef 63)
  %2321 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %2320, ptr %2321, align 16
  br label %2322

2322:                                             ; preds = %2259
  br label %2323

2323:                                             ; preds = %2322
  %2324 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2325 = load i64, ptr %2324, align 8
  %2326 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2327 = load i64, ptr %2326, align 8
  %2328 = add i64 %2325, %2327
  %2329 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 6), align 2
  %2330 = zext i8 %2329 to i64
  %2331 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2330
  %2332 = load i64, ptr %2331, align 8
  %2333 = add i64 %2328, %2332
  %2334 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %2333, ptr %2334, align 8
  %2335 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2336 = load i64, ptr %2335, align 8
  %2337 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2338 = load i64, ptr %2337, align 8
  %2339 = xor i64 %2336, %2338
  %2340 = call i64 @rotr64(i64 noundef %2339, i32 noundef 32)
  %2341 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %2340, ptr %2341, align 8
  %2342 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2343 = load i64, ptr %2342, align 8
  %2344 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2345 = load i64, ptr %2344, align 8
  %2346 = add i64 %2343, %2345
  %2347 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %2346, ptr %2347, align 8
  %2348 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2349 = load i64, ptr %2348, align 8
  %2350 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2351 = load i64, ptr %2350, align 8
  %2352 = xor i64 %2349, %2351
  %2353 = call i64 @rotr64(i64 noundef %2352, i32 noundef 24)
  %2354 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %2353, ptr %2354, align 8
  %2355 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2356 = load i64, ptr %2355, align 8
  %2357 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2358 = load i64, ptr %2357, align 8
  %2359 = add i64 %2356, %2358
  %2360 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 7), align 1
  %2361 = zext i8 %2360 to i64
  %2362 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2361
  %2363 = load i64, ptr %2362, align 8
  %2364 = add i64 %2359, %2363
  %2365 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %2364, ptr %2365, align 8
  %2366 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2367 = load i64, ptr %2366, align 8
  %2368 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2369 = load i64, ptr %2368, align 8
  %2370 = xor i64 %2367, %2369
  %2371 = call i64 @rotr64(i64 noundef %2370, i32 noundef 16)
  %2372 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %2371, ptr %2372, align 8
  %2373 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2374 = load i64, ptr %2373, align 8
  %2375 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2376 = load i64, ptr %2375, align 8
  %2377 = add i64 %2374, %2376
  %2378 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %2377, ptr %2378, align 8
  %2379 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2380 = load i64, ptr %2379, align 8
  %2381 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2382 = load i64, ptr %2381, align 8
  %2383 = xor i64 %2380, %2382
  %2384 = call i64 @rotr64(i64 noundef %2383, i32 noundef 63)
  %2385 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %2384, ptr %2385, align 8
  br label %2386

2386:                                             ; preds = %2323
  br label %2387

2387:                                             ; preds = %2386
  %2388 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2389 = load i64, ptr %2388, align 16
  %2390 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2391 = load i64, ptr %2390, align 8
  %2392 = add i64 %2389, %2391
  %2393 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 8), align 8
  %2394 = zext i8 %2393 to i64
  %2395 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2394
  %2396 = load i64, ptr %2395, align 8
  %2397 = add i64 %2392, %2396
  %2398 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %2397, ptr %2398, align 16
  %2399 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2400 = load i64, ptr %2399, align 8
  %2401 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2402 = load i64, ptr %2401, align 16
  %2403 = xor i64 %2400, %2402
  %2404 = call i64 @rotr64(i64 noundef %2403, i32 noundef 32)
  %2405 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %2404, ptr %2405, align 8
  %2406 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2407 = load i64, ptr %2406, align 16
  %2408 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2409 = load i64, ptr %2408, align 8
  %2410 = add i64 %2407, %2409
  %2411 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %2410, ptr %2411, align 16
  %2412 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2413 = load i64, ptr %2412, align 8
  %2414 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2415 = load i64, ptr %2414, align 16
  %2416 = xor i64 %2413, %2415
  %2417 = call i64 @rotr64(i64 noundef %2416, i32 noundef 24)
  %2418 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %2417, ptr %2418, align 8
  %2419 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2420 = load i64, ptr %2419, align 16
  %2421 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2422 = load i64, ptr %2421, align 8
  %2423 = add i64 %2420, %2422
  %2424 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 9), align 1
  %2425 = zext i8 %2424 to i64
  %2426 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2425
  %2427 = load i64, ptr %2426, align 8
  %2428 = add i64 %2423, %2427
  %2429 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %2428, ptr %2429, align 16
  %2430 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2431 = load i64, ptr %2430, align 8
  %2432 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2433 = load i64, ptr %2432, align 16
  %2434 = xor i64 %2431, %2433
  %2435 = call i64 @rotr64(i64 noundef %2434, i32 noundef 16)
  %2436 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %2435, ptr %2436, align 8
  %2437 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2438 = load i64, ptr %2437, align 16
  %2439 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2440 = load i64, ptr %2439, align 8
  %2441 = add i64 %2438, %2440
  %2442 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %2441, ptr %2442, align 16
  %2443 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2444 = load i64, ptr %2443, align 8
  %2445 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2446 = load i64, ptr %2445, align 16
  %2447 = xor i64 %2444, %2446
  %2448 = call i64 @rotr64(i64 noundef %2447, i32 noundef 63)
  %2449 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %2448, ptr %2449, align 8
  br label %2450

2450:                                             ; preds = %2387
  br label %2451

2451:                                             ; preds = %2450
  %2452 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2453 = load i64, ptr %2452, align 8
  %2454 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2455 = load i64, ptr %2454, align 16
  %2456 = add i64 %2453, %2455
  %2457 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 10), align 2
  %2458 = zext i8 %2457 to i64
  %2459 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2458
  %2460 = load i64, ptr %2459, align 8
  %2461 = add i64 %2456, %2460
  %2462 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %2461, ptr %2462, align 8
  %2463 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2464 = load i64, ptr %2463, align 16
  %2465 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2466 = load i64, ptr %2465, align 8
  %2467 = xor i64 %2464, %2466
  %2468 = call i64 @rotr64(i64 noundef %2467, i32 noundef 32)
  %2469 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %2468, ptr %2469, align 16
  %2470 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2471 = load i64, ptr %2470, align 8
  %2472 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2473 = load i64, ptr %2472, align 16
  %2474 = add i64 %2471, %2473
  %2475 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %2474, ptr %2475, align 8
  %2476 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2477 = load i64, ptr %2476, align 16
  %2478 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2479 = load i64, ptr %2478, align 8
  %2480 = xor i64 %2477, %2479
  %2481 = call i64 @rotr64(i64 noundef %2480, i32 noundef 24)
  %2482 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %2481, ptr %2482, align 16
  %2483 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2484 = load i64, ptr %2483, align 8
  %2485 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2486 = load i64, ptr %2485, align 16
  %2487 = add i64 %2484, %2486
  %2488 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 11), align 1
  %2489 = zext i8 %2488 to i64
  %2490 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2489
  %2491 = load i64, ptr %2490, align 8
  %2492 = add i64 %2487, %2491
  %2493 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %2492, ptr %2493, align 8
  %2494 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2495 = load i64, ptr %2494, align 16
  %2496 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2497 = load i64, ptr %2496, align 8
  %2498 = xor i64 %2495, %2497
  %2499 = call i64 @rotr64(i64 noundef %2498, i32 noundef 16)
  %2500 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %2499, ptr %2500, align 16
  %2501 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2502 = load i64, ptr %2501, align 8
  %2503 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2504 = load i64, ptr %2503, align 16
  %2505 = add i64 %2502, %2504
  %2506 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %2505, ptr %2506, align 8
  %2507 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2508 = load i64, ptr %2507, align 16
  %2509 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2510 = load i64, ptr %2509, align 8
  %2511 = xor i64 %2508, %2510
  %2512 = call i64 @rotr64(i64 noundef %2511, i32 noundef 63)
  %2513 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %2512, ptr %2513, align 16
  br label %2514

2514:                                             ; preds = %2451
  br label %2515

2515:                                             ; preds = %2514
  %2516 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2517 = load i64, ptr %2516, align 16
  %2518 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2519 = load i64, ptr %2518, align 8
  %2520 = add i64 %2517, %2519
  %2521 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 12), align 4
  %2522 = zext i8 %2521 to i64
  %2523 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2522
  %2524 = load i64, ptr %2523, align 8
  %2525 = add i64 %2520, %2524
  %2526 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %2525, ptr %2526, align 16
  %2527 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2528 = load i64, ptr %2527, align 8
  %2529 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2530 = load i64, ptr %2529, align 16
  %2531 = xor i64 %2528, %2530
  %2532 = call i64 @rotr64(i64 noundef %2531, i32 noundef 32)
  %2533 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %2532, ptr %2533, align 8
  %2534 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2535 = load i64, ptr %2534, align 16
  %2536 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2537 = load i64, ptr %2536, align 8
  %2538 = add i64 %2535, %2537
  %2539 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %2538, ptr %2539, align 16
  %2540 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2541 = load i64, ptr %2540, align 8
  %2542 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2543 = load i64, ptr %2542, align 16
  %2544 = xor i64 %2541, %2543
  %2545 = call i64 @rotr64(i64 noundef %2544, i32 noundef 24)
  %2546 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %2545, ptr %2546, align 8
  %2547 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2548 = load i64, ptr %2547, align 16
  %2549 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2550 = load i64, ptr %2549, align 8
  %2551 = add i64 %2548, %2550
  %2552 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 13), align 1
  %2553 = zext i8 %2552 to i64
  %2554 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2553
  %2555 = load i64, ptr %2554, align 8
  %2556 = add i64 %2551, %2555
  %2557 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %2556, ptr %2557, align 16
  %2558 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2559 = load i64, ptr %2558, align 8
  %2560 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2561 = load i64, ptr %2560, align 16
  %2562 = xor i64 %2559, %2561
  %2563 = call i64 @rotr64(i64 noundef %2562, i32 noundef 16)
  %2564 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %2563, ptr %2564, align 8
  %2565 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2566 = load i64, ptr %2565, align 16
  %2567 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2568 = load i64, ptr %2567, align 8
  %2569 = add i64 %2566, %2568
  %2570 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %2569, ptr %2570, align 16
  %2571 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2572 = load i64, ptr %2571, align 8
  %2573 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2574 = load i64, ptr %2573, align 16
  %2575 = xor i64 %2572, %2574
  %2576 = call i64 @rotr64(i64 noundef %2575, i32 noundef 63)
  %2577 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %2576, ptr %2577, align 8
  br label %2578

2578:                                             ; preds = %2515
  br label %2579

2579:                                             ; preds = %2578
  %2580 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2581 = load i64, ptr %2580, align 8
  %2582 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2583 = load i64, ptr %2582, align 16
  %2584 = add i64 %2581, %2583
  %2585 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 14), align 2
  %2586 = zext i8 %2585 to i64
  %2587 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2586
  %2588 = load i64, ptr %2587, align 8
  %2589 = add i64 %2584, %2588
  %2590 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %2589, ptr %2590, align 8
  %2591 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2592 = load i64, ptr %2591, align 16
  %2593 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2594 = load i64, ptr %2593, align 8
  %2595 = xor i64 %2592, %2594
  %2596 = call i64 @rotr64(i64 noundef %2595, i32 noundef 32)
  %2597 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %2596, ptr %2597, align 16
  %2598 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2599 = load i64, ptr %2598, align 8
  %2600 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2601 = load i64, ptr %2600, align 16
  %2602 = add i64 %2599, %2601
  %2603 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %2602, ptr %2603, align 8
  %2604 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2605 = load i64, ptr %2604, align 16
  %2606 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2607 = load i64, ptr %2606, align 8
  %2608 = xor i64 %2605, %2607
  %2609 = call i64 @rotr64(i64 noundef %2608, i32 noundef 24)
  %2610 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %2609, ptr %2610, align 16
  %2611 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2612 = load i64, ptr %2611, align 8
  %2613 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2614 = load i64, ptr %2613, align 16
  %2615 = add i64 %2612, %2614
  %2616 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 4), i64 0, i64 15), align 1
  %2617 = zext i8 %2616 to i64
  %2618 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2617
  %2619 = load i64, ptr %2618, align 8
  %2620 = add i64 %2615, %2619
  %2621 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %2620, ptr %2621, align 8
  %2622 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2623 = load i64, ptr %2622, align 16
  %2624 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2625 = load i64, ptr %2624, align 8
  %2626 = xor i64 %2623, %2625
  %2627 = call i64 @rotr64(i64 noundef %2626, i32 noundef 16)
  %2628 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %2627, ptr %2628, align 16
  %2629 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2630 = load i64, ptr %2629, align 8
  %2631 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2632 = load i64, ptr %2631, align 16
  %2633 = add i64 %2630, %2632
  %2634 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %2633, ptr %2634, align 8
  %2635 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2636 = load i64, ptr %2635, align 16
  %2637 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2638 = load i64, ptr %2637, align 8
  %2639 = xor i64 %2636, %2638
  %2640 = call i64 @rotr64(i64 noundef %2639, i32 noundef 63)
  %2641 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %2640, ptr %2641, align 16
  br label %2642

2642:                                             ; preds = %2579
  br label %2643

2643:                                             ; preds = %2642
  br label %2644

2644:                                             ; preds = %2643
  br label %2645

2645:                                             ; preds = %2644
  %2646 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2647 = load i64, ptr %2646, align 16
  %2648 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2649 = load i64, ptr %2648, align 16
  %2650 = add i64 %2647, %2649
  %2651 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), align 16
  %2652 = zext i8 %2651 to i64
  %2653 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2652
  %2654 = load i64, ptr %2653, align 8
  %2655 = add i64 %2650, %2654
  %2656 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %2655, ptr %2656, align 16
  %2657 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2658 = load i64, ptr %2657, align 16
  %2659 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2660 = load i64, ptr %2659, align 16
  %2661 = xor i64 %2658, %2660
  %2662 = call i64 @rotr64(i64 noundef %2661, i32 noundef 32)
  %2663 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %2662, ptr %2663, align 16
  %2664 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2665 = load i64, ptr %2664, align 16
  %2666 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2667 = load i64, ptr %2666, align 16
  %2668 = add i64 %2665, %2667
  %2669 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %2668, ptr %2669, align 16
  %2670 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2671 = load i64, ptr %2670, align 16
  %2672 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2673 = load i64, ptr %2672, align 16
  %2674 = xor i64 %2671, %2673
  %2675 = call i64 @rotr64(i64 noundef %2674, i32 noundef 24)
  %2676 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %2675, ptr %2676, align 16
  %2677 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2678 = load i64, ptr %2677, align 16
  %2679 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2680 = load i64, ptr %2679, align 16
  %2681 = add i64 %2678, %2680
  %2682 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 1), align 1
  %2683 = zext i8 %2682 to i64
  %2684 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2683
  %2685 = load i64, ptr %2684, align 8
  %2686 = add i64 %2681, %2685
  %2687 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %2686, ptr %2687, align 16
  %2688 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2689 = load i64, ptr %2688, align 16
  %2690 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2691 = load i64, ptr %2690, align 16
  %2692 = xor i64 %2689, %2691
  %2693 = call i64 @rotr64(i64 noundef %2692, i32 noundef 16)
  %2694 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %2693, ptr %2694, align 16
  %2695 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2696 = load i64, ptr %2695, align 16
  %2697 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2698 = load i64, ptr %2697, align 16
  %2699 = add i64 %2696, %2698
  %2700 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %2699, ptr %2700, align 16
  %2701 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %2702 = load i64, ptr %2701, align 16
  %2703 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %2704 = load i64, ptr %2703, align 16
  %2705 = xor i64 %2702, %2704
  %2706 = call i64 @rotr64(i64 noundef %2705, i32 noundef 63)
  %2707 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %2706, ptr %2707, align 16
  br label %2708

2708:                                             ; preds = %2645
  br label %2709

2709:                                             ; preds = %2708
  %2710 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2711 = load i64, ptr %2710, align 8
  %2712 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2713 = load i64, ptr %2712, align 8
  %2714 = add i64 %2711, %2713
  %2715 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 2), align 2
  %2716 = zext i8 %2715 to i64
  %2717 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2716
  %2718 = load i64, ptr %2717, align 8
  %2719 = add i64 %2714, %2718
  %2720 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %2719, ptr %2720, align 8
  %2721 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2722 = load i64, ptr %2721, align 8
  %2723 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2724 = load i64, ptr %2723, align 8
  %2725 = xor i64 %2722, %2724
  %2726 = call i64 @rotr64(i64 noundef %2725, i32 noundef 32)
  %2727 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %2726, ptr %2727, align 8
  %2728 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2729 = load i64, ptr %2728, align 8
  %2730 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2731 = load i64, ptr %2730, align 8
  %2732 = add i64 %2729, %2731
  %2733 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %2732, ptr %2733, align 8
  %2734 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2735 = load i64, ptr %2734, align 8
  %2736 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2737 = load i64, ptr %2736, align 8
  %2738 = xor i64 %2735, %2737
  %2739 = call i64 @rotr64(i64 noundef %2738, i32 noundef 24)
  %2740 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %2739, ptr %2740, align 8
  %2741 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2742 = load i64, ptr %2741, align 8
  %2743 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2744 = load i64, ptr %2743, align 8
  %2745 = add i64 %2742, %2744
  %2746 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 3), align 1
  %2747 = zext i8 %2746 to i64
  %2748 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2747
  %2749 = load i64, ptr %2748, align 8
  %2750 = add i64 %2745, %2749
  %2751 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %2750, ptr %2751, align 8
  %2752 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2753 = load i64, ptr %2752, align 8
  %2754 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2755 = load i64, ptr %2754, align 8
  %2756 = xor i64 %2753, %2755
  %2757 = call i64 @rotr64(i64 noundef %2756, i32 noundef 16)
  %2758 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %2757, ptr %2758, align 8
  %2759 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2760 = load i64, ptr %2759, align 8
  %2761 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %2762 = load i64, ptr %2761, align 8
  %2763 = add i64 %2760, %2762
  %2764 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %2763, ptr %2764, align 8
  %2765 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2766 = load i64, ptr %2765, align 8
  %2767 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %2768 = load i64, ptr %2767, align 8
  %2769 = xor i64 %2766, %2768
  %2770 = call i64 @rotr64(i64 noundef %2769, i32 noundef 63)
  %2771 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %2770, ptr %2771, align 8
  br label %2772

2772:                                             ; preds = %2709
  br label %2773

2773:                                             ; preds = %2772
  %2774 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2775 = load i64, ptr %2774, align 16
  %2776 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2777 = load i64, ptr %2776, align 16
  %2778 = add i64 %2775, %2777
  %2779 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 4), align 4
  %2780 = zext i8 %2779 to i64
  %2781 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2780
  %2782 = load i64, ptr %2781, align 8
  %2783 = add i64 %2778, %2782
  %2784 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %2783, ptr %2784, align 16
  %2785 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2786 = load i64, ptr %2785, align 16
  %2787 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2788 = load i64, ptr %2787, align 16
  %2789 = xor i64 %2786, %2788
  %2790 = call i64 @rotr64(i64 noundef %2789, i32 noundef 32)
  %2791 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %2790, ptr %2791, align 16
  %2792 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2793 = load i64, ptr %2792, align 16
  %2794 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2795 = load i64, ptr %2794, align 16
  %2796 = add i64 %2793, %2795
  %2797 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %2796, ptr %2797, align 16
  %2798 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2799 = load i64, ptr %2798, align 16
  %2800 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2801 = load i64, ptr %2800, align 16
  %2802 = xor i64 %2799, %2801
  %2803 = call i64 @rotr64(i64 noundef %2802, i32 noundef 24)
  %2804 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %2803, ptr %2804, align 16
  %2805 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2806 = load i64, ptr %2805, align 16
  %2807 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2808 = load i64, ptr %2807, align 16
  %2809 = add i64 %2806, %2808
  %2810 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 5), align 1
  %2811 = zext i8 %2810 to i64
  %2812 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2811
  %2813 = load i64, ptr %2812, align 8
  %2814 = add i64 %2809, %2813
  %2815 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %2814, ptr %2815, align 16
  %2816 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2817 = load i64, ptr %2816, align 16
  %2818 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %2819 = load i64, ptr %2818, align 16
  %2820 = xor i64 %2817, %2819
  %2821 = call i64 @rotr64(i64 noundef %2820, i32 noundef 16)
  %2822 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %2821, ptr %2822, align 16
  %2823 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2824 = load i64, ptr %2823, align 16
  %2825 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %2826 = load i64, ptr %2825, align 16
  %2827 = add i64 %2824, %2826
  %2828 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %2827, ptr %2828, align 16
  %2829 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2830 = load i64, ptr %2829, align 16
  %2831 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2832 = load i64, ptr %2831, align 16
  %2833 = xor i64 %2830, %2832
  %2834 = call i64 @rotr64(i64 noundef %2833, i32 noundef 63)
  %2835 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %2834, ptr %2835, align 16
  br label %2836

2836:                                             ; preds = %2773
  br label %2837

2837:                                             ; preds = %2836
  %2838 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2839 = load i64, ptr %2838, align 8
  %2840 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2841 = load i64, ptr %2840, align 8
  %2842 = add i64 %2839, %2841
  %2843 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 6), align 2
  %2844 = zext i8 %2843 to i64
  %2845 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2844
  %2846 = load i64, ptr %2845, align 8
  %2847 = add i64 %2842, %2846
  %2848 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %2847, ptr %2848, align 8
  %2849 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2850 = load i64, ptr %2849, align 8
  %2851 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2852 = load i64, ptr %2851, align 8
  %2853 = xor i64 %2850, %2852
  %2854 = call i64 @rotr64(i64 noundef %2853, i32 noundef 32)
  %2855 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %2854, ptr %2855, align 8
  %2856 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2857 = load i64, ptr %2856, align 8
  %2858 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2859 = load i64, ptr %2858, align 8
  %2860 = add i64 %2857, %2859
  %2861 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %2860, ptr %2861, align 8
  %2862 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2863 = load i64, ptr %2862, align 8
  %2864 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2865 = load i64, ptr %2864, align 8
  %2866 = xor i64 %2863, %2865
  %2867 = call i64 @rotr64(i64 noundef %2866, i32 noundef 24)
  %2868 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %2867, ptr %2868, align 8
  %2869 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2870 = load i64, ptr %2869, align 8
  %2871 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2872 = load i64, ptr %2871, align 8
  %2873 = add i64 %2870, %2872
  %2874 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 7), align 1
  %2875 = zext i8 %2874 to i64
  %2876 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2875
  %2877 = load i64, ptr %2876, align 8
  %2878 = add i64 %2873, %2877
  %2879 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %2878, ptr %2879, align 8
  %2880 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2881 = load i64, ptr %2880, align 8
  %2882 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %2883 = load i64, ptr %2882, align 8
  %2884 = xor i64 %2881, %2883
  %2885 = call i64 @rotr64(i64 noundef %2884, i32 noundef 16)
  %2886 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %2885, ptr %2886, align 8
  %2887 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2888 = load i64, ptr %2887, align 8
  %2889 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2890 = load i64, ptr %2889, align 8
  %2891 = add i64 %2888, %2890
  %2892 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %2891, ptr %2892, align 8
  %2893 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %2894 = load i64, ptr %2893, align 8
  %2895 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2896 = load i64, ptr %2895, align 8
  %2897 = xor i64 %2894, %2896
  %2898 = call i64 @rotr64(i64 noundef %2897, i32 noundef 63)
  %2899 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %2898, ptr %2899, align 8
  br label %2900

2900:                                             ; preds = %2837
  br label %2901

2901:                                             ; preds = %2900
  %2902 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2903 = load i64, ptr %2902, align 16
  %2904 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2905 = load i64, ptr %2904, align 8
  %2906 = add i64 %2903, %2905
  %2907 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 8), align 8
  %2908 = zext i8 %2907 to i64
  %2909 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2908
  %2910 = load i64, ptr %2909, align 8
  %2911 = add i64 %2906, %2910
  %2912 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %2911, ptr %2912, align 16
  %2913 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2914 = load i64, ptr %2913, align 8
  %2915 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2916 = load i64, ptr %2915, align 16
  %2917 = xor i64 %2914, %2916
  %2918 = call i64 @rotr64(i64 noundef %2917, i32 noundef 32)
  %2919 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %2918, ptr %2919, align 8
  %2920 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2921 = load i64, ptr %2920, align 16
  %2922 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2923 = load i64, ptr %2922, align 8
  %2924 = add i64 %2921, %2923
  %2925 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %2924, ptr %2925, align 16
  %2926 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2927 = load i64, ptr %2926, align 8
  %2928 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2929 = load i64, ptr %2928, align 16
  %2930 = xor i64 %2927, %2929
  %2931 = call i64 @rotr64(i64 noundef %2930, i32 noundef 24)
  %2932 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %2931, ptr %2932, align 8
  %2933 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2934 = load i64, ptr %2933, align 16
  %2935 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2936 = load i64, ptr %2935, align 8
  %2937 = add i64 %2934, %2936
  %2938 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 9), align 1
  %2939 = zext i8 %2938 to i64
  %2940 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2939
  %2941 = load i64, ptr %2940, align 8
  %2942 = add i64 %2937, %2941
  %2943 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %2942, ptr %2943, align 16
  %2944 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2945 = load i64, ptr %2944, align 8
  %2946 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %2947 = load i64, ptr %2946, align 16
  %2948 = xor i64 %2945, %2947
  %2949 = call i64 @rotr64(i64 noundef %2948, i32 noundef 16)
  %2950 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %2949, ptr %2950, align 8
  %2951 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2952 = load i64, ptr %2951, align 16
  %2953 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %2954 = load i64, ptr %2953, align 8
  %2955 = add i64 %2952, %2954
  %2956 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %2955, ptr %2956, align 16
  %2957 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %2958 = load i64, ptr %2957, align 8
  %2959 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %2960 = load i64, ptr %2959, align 16
  %2961 = xor i64 %2958, %2960
  %2962 = call i64 @rotr64(i64 noundef %2961, i32 noundef 63)
  %2963 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %2962, ptr %2963, align 8
  br label %2964

2964:                                             ; preds = %2901
  br label %2965

2965:                                             ; preds = %2964
  %2966 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2967 = load i64, ptr %2966, align 8
  %2968 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2969 = load i64, ptr %2968, align 16
  %2970 = add i64 %2967, %2969
  %2971 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 10), align 2
  %2972 = zext i8 %2971 to i64
  %2973 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %2972
  %2974 = load i64, ptr %2973, align 8
  %2975 = add i64 %2970, %2974
  %2976 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %2975, ptr %2976, align 8
  %2977 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2978 = load i64, ptr %2977, align 16
  %2979 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2980 = load i64, ptr %2979, align 8
  %2981 = xor i64 %2978, %2980
  %2982 = call i64 @rotr64(i64 noundef %2981, i32 noundef 32)
  %2983 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %2982, ptr %2983, align 16
  %2984 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2985 = load i64, ptr %2984, align 8
  %2986 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %2987 = load i64, ptr %2986, align 16
  %2988 = add i64 %2985, %2987
  %2989 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %2988, ptr %2989, align 8
  %2990 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %2991 = load i64, ptr %2990, align 16
  %2992 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %2993 = load i64, ptr %2992, align 8
  %2994 = xor i64 %2991, %2993
  %2995 = call i64 @rotr64(i64 noundef %2994, i32 noundef 24)
  %2996 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %2995, ptr %2996, align 16
  %2997 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %2998 = load i64, ptr %2997, align 8
  %2999 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3000 = load i64, ptr %2999, align 16
  %3001 = add i64 %2998, %3000
  %3002 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 11), align 1
  %3003 = zext i8 %3002 to i64
  %3004 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3003
  %3005 = load i64, ptr %3004, align 8
  %3006 = add i64 %3001, %3005
  %3007 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %3006, ptr %3007, align 8
  %3008 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3009 = load i64, ptr %3008, align 16
  %3010 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3011 = load i64, ptr %3010, align 8
  %3012 = xor i64 %3009, %3011
  %3013 = call i64 @rotr64(i64 noundef %3012, i32 noundef 16)
  %3014 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %3013, ptr %3014, align 16
  %3015 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3016 = load i64, ptr %3015, align 8
  %3017 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3018 = load i64, ptr %3017, align 16
  %3019 = add i64 %3016, %3018
  %3020 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %3019, ptr %3020, align 8
  %3021 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3022 = load i64, ptr %3021, align 16
  %3023 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3024 = load i64, ptr %3023, align 8
  %3025 = xor i64 %3022, %3024
  %3026 = call i64 @rotr64(i64 noundef %3025, i32 noundef 63)
  %3027 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %3026, ptr %3027, align 16
  br label %3028

3028:                                             ; preds = %2965
  br label %3029

3029:                                             ; preds = %3028
  %3030 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3031 = load i64, ptr %3030, align 16
  %3032 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3033 = load i64, ptr %3032, align 8
  %3034 = add i64 %3031, %3033
  %3035 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 12), align 4
  %3036 = zext i8 %3035 to i64
  %3037 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3036
  %3038 = load i64, ptr %3037, align 8
  %3039 = add i64 %3034, %3038
  %3040 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %3039, ptr %3040, align 16
  %3041 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3042 = load i64, ptr %3041, align 8
  %3043 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3044 = load i64, ptr %3043, align 16
  %3045 = xor i64 %3042, %3044
  %3046 = call i64 @rotr64(i64 noundef %3045, i32 noundef 32)
  %3047 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %3046, ptr %3047, align 8
  %3048 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3049 = load i64, ptr %3048, align 16
  %3050 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3051 = load i64, ptr %3050, align 8
  %3052 = add i64 %3049, %3051
  %3053 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %3052, ptr %3053, align 16
  %3054 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3055 = load i64, ptr %3054, align 8
  %3056 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3057 = load i64, ptr %3056, align 16
  %3058 = xor i64 %3055, %3057
  %3059 = call i64 @rotr64(i64 noundef %3058, i32 noundef 24)
  %3060 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %3059, ptr %3060, align 8
  %3061 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3062 = load i64, ptr %3061, align 16
  %3063 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3064 = load i64, ptr %3063, align 8
  %3065 = add i64 %3062, %3064
  %3066 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 13), align 1
  %3067 = zext i8 %3066 to i64
  %3068 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3067
  %3069 = load i64, ptr %3068, align 8
  %3070 = add i64 %3065, %3069
  %3071 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %3070, ptr %3071, align 16
  %3072 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3073 = load i64, ptr %3072, align 8
  %3074 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3075 = load i64, ptr %3074, align 16
  %3076 = xor i64 %3073, %3075
  %3077 = call i64 @rotr64(i64 noundef %3076, i32 noundef 16)
  %3078 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %3077, ptr %3078, align 8
  %3079 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3080 = load i64, ptr %3079, align 16
  %3081 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3082 = load i64, ptr %3081, align 8
  %3083 = add i64 %3080, %3082
  %3084 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %3083, ptr %3084, align 16
  %3085 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3086 = load i64, ptr %3085, align 8
  %3087 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3088 = load i64, ptr %3087, align 16
  %3089 = xor i64 %3086, %3088
  %3090 = call i64 @rotr64(i64 noundef %3089, i32 noundef 63)
  %3091 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %3090, ptr %3091, align 8
  br label %3092

3092:                                             ; preds = %3029
  br label %3093

3093:                                             ; preds = %3092
  %3094 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3095 = load i64, ptr %3094, align 8
  %3096 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3097 = load i64, ptr %3096, align 16
  %3098 = add i64 %3095, %3097
  %3099 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 14), align 2
  %3100 = zext i8 %3099 to i64
  %3101 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3100
  %3102 = load i64, ptr %3101, align 8
  %3103 = add i64 %3098, %3102
  %3104 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %3103, ptr %3104, align 8
  %3105 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3106 = load i64, ptr %3105, align 16
  %3107 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3108 = load i64, ptr %3107, align 8
  %3109 = xor i64 %3106, %3108
  %3110 = call i64 @rotr64(i64 noundef %3109, i32 noundef 32)
  %3111 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %3110, ptr %3111, align 16
  %3112 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3113 = load i64, ptr %3112, align 8
  %3114 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3115 = load i64, ptr %3114, align 16
  %3116 = add i64 %3113, %3115
  %3117 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %3116, ptr %3117, align 8
  %3118 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3119 = load i64, ptr %3118, align 16
  %3120 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3121 = load i64, ptr %3120, align 8
  %3122 = xor i64 %3119, %3121
  %3123 = call i64 @rotr64(i64 noundef %3122, i32 noundef 24)
  %3124 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %3123, ptr %3124, align 16
  %3125 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3126 = load i64, ptr %3125, align 8
  %3127 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3128 = load i64, ptr %3127, align 16
  %3129 = add i64 %3126, %3128
  %3130 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 5), i64 0, i64 15), align 1
  %3131 = zext i8 %3130 to i64
  %3132 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3131
  %3133 = load i64, ptr %3132, align 8
  %3134 = add i64 %3129, %3133
  %3135 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %3134, ptr %3135, align 8
  %3136 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3137 = load i64, ptr %3136, align 16
  %3138 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3139 = load i64, ptr %3138, align 8
  %3140 = xor i64 %3137, %3139
  %3141 = call i64 @rotr64(i64 noundef %3140, i32 noundef 16)
  %3142 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %3141, ptr %3142, align 16
  %3143 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3144 = load i64, ptr %3143, align 8
  %3145 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3146 = load i64, ptr %3145, align 16
  %3147 = add i64 %3144, %3146
  %3148 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %3147, ptr %3148, align 8
  %3149 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3150 = load i64, ptr %3149, align 16
  %3151 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3152 = load i64, ptr %3151, align 8
  %3153 = xor i64 %3150, %3152
  %3154 = call i64 @rotr64(i64 noundef %3153, i32 noundef 63)
  %3155 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %3154, ptr %3155, align 16
  br label %3156

3156:                                             ; preds = %3093
  br label %3157

3157:                                             ; preds = %3156
  br label %3158

3158:                                             ; preds = %3157
  br label %3159

3159:                                             ; preds = %3158
  %3160 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3161 = load i64, ptr %3160, align 16
  %3162 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3163 = load i64, ptr %3162, align 16
  %3164 = add i64 %3161, %3163
  %3165 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), align 16
  %3166 = zext i8 %3165 to i64
  %3167 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3166
  %3168 = load i64, ptr %3167, align 8
  %3169 = add i64 %3164, %3168
  %3170 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %3169, ptr %3170, align 16
  %3171 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3172 = load i64, ptr %3171, align 16
  %3173 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3174 = load i64, ptr %3173, align 16
  %3175 = xor i64 %3172, %3174
  %3176 = call i64 @rotr64(i64 noundef %3175, i32 noundef 32)
  %3177 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %3176, ptr %3177, align 16
  %3178 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3179 = load i64, ptr %3178, align 16
  %3180 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3181 = load i64, ptr %3180, align 16
  %3182 = add i64 %3179, %3181
  %3183 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %3182, ptr %3183, align 16
  %3184 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3185 = load i64, ptr %3184, align 16
  %3186 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3187 = load i64, ptr %3186, align 16
  %3188 = xor i64 %3185, %3187
  %3189 = call i64 @rotr64(i64 noundef %3188, i32 noundef 24)
  %3190 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %3189, ptr %3190, align 16
  %3191 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3192 = load i64, ptr %3191, align 16
  %3193 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3194 = load i64, ptr %3193, align 16
  %3195 = add i64 %3192, %3194
  %3196 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 1), align 1
  %3197 = zext i8 %3196 to i64
  %3198 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3197
  %3199 = load i64, ptr %3198, align 8
  %3200 = add i64 %3195, %3199
  %3201 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %3200, ptr %3201, align 16
  %3202 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3203 = load i64, ptr %3202, align 16
  %3204 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3205 = load i64, ptr %3204, align 16
  %3206 = xor i64 %3203, %3205
  %3207 = call i64 @rotr64(i64 noundef %3206, i32 noundef 16)
  %3208 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %3207, ptr %3208, align 16
  %3209 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3210 = load i64, ptr %3209, align 16
  %3211 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3212 = load i64, ptr %3211, align 16
  %3213 = add i64 %3210, %3212
  %3214 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %3213, ptr %3214, align 16
  %3215 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3216 = load i64, ptr %3215, align 16
  %3217 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3218 = load i64, ptr %3217, align 16
  %3219 = xor i64 %3216, %3218
  %3220 = call i64 @rotr64(i64 noundef %3219, i32 noundef 63)
  %3221 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %3220, ptr %3221, align 16
  br label %3222

3222:                                             ; preds = %3159
  br label %3223

3223:                                             ; preds = %3222
  %3224 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3225 = load i64, ptr %3224, align 8
  %3226 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3227 = load i64, ptr %3226, align 8
  %3228 = add i64 %3225, %3227
  %3229 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 2), align 2
  %3230 = zext i8 %3229 to i64
  %3231 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3230
  %3232 = load i64, ptr %3231, align 8
  %3233 = add i64 %3228, %3232
  %3234 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %3233, ptr %3234, align 8
  %3235 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3236 = load i64, ptr %3235, align 8
  %3237 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3238 = load i64, ptr %3237, align 8
  %3239 = xor i64 %3236, %3238
  %3240 = call i64 @rotr64(i64 noundef %3239, i32 noundef 32)
  %3241 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %3240, ptr %3241, align 8
  %3242 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3243 = load i64, ptr %3242, align 8
  %3244 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3245 = load i64, ptr %3244, align 8
  %3246 = add i64 %3243, %3245
  %3247 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %3246, ptr %3247, align 8
  %3248 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3249 = load i64, ptr %3248, align 8
  %3250 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3251 = load i64, ptr %3250, align 8
  %3252 = xor i64 %3249, %3251
  %3253 = call i64 @rotr64(i64 noundef %3252, i32 noundef 24)
  %3254 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %3253, ptr %3254, align 8
  %3255 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3256 = load i64, ptr %3255, align 8
  %3257 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3258 = load i64, ptr %3257, align 8
  %3259 = add i64 %3256, %3258
  %3260 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 3), align 1
  %3261 = zext i8 %3260 to i64
  %3262 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3261
  %3263 = load i64, ptr %3262, align 8
  %3264 = add i64 %3259, %3263
  %3265 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %3264, ptr %3265, align 8
  %3266 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3267 = load i64, ptr %3266, align 8
  %3268 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3269 = load i64, ptr %3268, align 8
  %3270 = xor i64 %3267, %3269
  %3271 = call i64 @rotr64(i64 noundef %3270, i32 noundef 16)
  %3272 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %3271, ptr %3272, align 8
  %3273 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3274 = load i64, ptr %3273, align 8
  %3275 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3276 = load i64, ptr %3275, align 8
  %3277 = add i64 %3274, %3276
  %3278 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %3277, ptr %3278, align 8
  %3279 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3280 = load i64, ptr %3279, align 8
  %3281 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3282 = load i64, ptr %3281, align 8
  %3283 = xor i64 %3280, %3282
  %3284 = call i64 @rotr64(i64 noundef %3283, i32 noundef 63)
  %3285 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %3284, ptr %3285, align 8
  br label %3286

3286:                                             ; preds = %3223
  br label %3287

3287:                                             ; preds = %3286
  %3288 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3289 = load i64, ptr %3288, align 16
  %3290 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3291 = load i64, ptr %3290, align 16
  %3292 = add i64 %3289, %3291
  %3293 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 4), align 4
  %3294 = zext i8 %3293 to i64
  %3295 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3294
  %3296 = load i64, ptr %3295, align 8
  %3297 = add i64 %3292, %3296
  %3298 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %3297, ptr %3298, align 16
  %3299 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3300 = load i64, ptr %3299, align 16
  %3301 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3302 = load i64, ptr %3301, align 16
  %3303 = xor i64 %3300, %3302
  %3304 = call i64 @rotr64(i64 noundef %3303, i32 noundef 32)
  %3305 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %3304, ptr %3305, align 16
  %3306 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3307 = load i64, ptr %3306, align 16
  %3308 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3309 = load i64, ptr %3308, align 16
  %3310 = add i64 %3307, %3309
  %3311 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %3310, ptr %3311, align 16
  %3312 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3313 = load i64, ptr %3312, align 16
  %3314 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3315 = load i64, ptr %3314, align 16
  %3316 = xor i64 %3313, %3315
  %3317 = call i64 @rotr64(i64 noundef %3316, i32 noundef 24)
  %3318 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %3317, ptr %3318, align 16
  %3319 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3320 = load i64, ptr %3319, align 16
  %3321 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3322 = load i64, ptr %3321, align 16
  %3323 = add i64 %3320, %3322
  %3324 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 5), align 1
  %3325 = zext i8 %3324 to i64
  %3326 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3325
  %3327 = load i64, ptr %3326, align 8
  %3328 = add i64 %3323, %3327
  %3329 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %3328, ptr %3329, align 16
  %3330 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3331 = load i64, ptr %3330, align 16
  %3332 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3333 = load i64, ptr %3332, align 16
  %3334 = xor i64 %3331, %3333
  %3335 = call i64 @rotr64(i64 noundef %3334, i32 noundef 16)
  %3336 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %3335, ptr %3336, align 16
  %3337 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3338 = load i64, ptr %3337, align 16
  %3339 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3340 = load i64, ptr %3339, align 16
  %3341 = add i64 %3338, %3340
  %3342 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %3341, ptr %3342, align 16
  %3343 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3344 = load i64, ptr %3343, align 16
  %3345 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3346 = load i64, ptr %3345, align 16
  %3347 = xor i64 %3344, %3346
  %3348 = call i64 @rotr64(i64 noundef %3347, i32 noundef 63)
  %3349 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %3348, ptr %3349, align 16
  br label %3350

3350:                                             ; preds = %3287
  br label %3351

3351:                                             ; preds = %3350
  %3352 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3353 = load i64, ptr %3352, align 8
  %3354 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3355 = load i64, ptr %3354, align 8
  %3356 = add i64 %3353, %3355
  %3357 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 6), align 2
  %3358 = zext i8 %3357 to i64
  %3359 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3358
  %3360 = load i64, ptr %3359, align 8
  %3361 = add i64 %3356, %3360
  %3362 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %3361, ptr %3362, align 8
  %3363 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3364 = load i64, ptr %3363, align 8
  %3365 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3366 = load i64, ptr %3365, align 8
  %3367 = xor i64 %3364, %3366
  %3368 = call i64 @rotr64(i64 noundef %3367, i32 noundef 32)
  %3369 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %3368, ptr %3369, align 8
  %3370 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3371 = load i64, ptr %3370, align 8
  %3372 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3373 = load i64, ptr %3372, align 8
  %3374 = add i64 %3371, %3373
  %3375 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %3374, ptr %3375, align 8
  %3376 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3377 = load i64, ptr %3376, align 8
  %3378 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3379 = load i64, ptr %3378, align 8
  %3380 = xor i64 %3377, %3379
  %3381 = call i64 @rotr64(i64 noundef %3380, i32 noundef 24)
  %3382 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %3381, ptr %3382, align 8
  %3383 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3384 = load i64, ptr %3383, align 8
  %3385 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3386 = load i64, ptr %3385, align 8
  %3387 = add i64 %3384, %3386
  %3388 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 7), align 1
  %3389 = zext i8 %3388 to i64
  %3390 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3389
  %3391 = load i64, ptr %3390, align 8
  %3392 = add i64 %3387, %3391
  %3393 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %3392, ptr %3393, align 8
  %3394 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3395 = load i64, ptr %3394, align 8
  %3396 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3397 = load i64, ptr %3396, align 8
  %3398 = xor i64 %3395, %3397
  %3399 = call i64 @rotr64(i64 noundef %3398, i32 noundef 16)
  %3400 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %3399, ptr %3400, align 8
  %3401 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3402 = load i64, ptr %3401, align 8
  %3403 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3404 = load i64, ptr %3403, align 8
  %3405 = add i64 %3402, %3404
  %3406 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %3405, ptr %3406, align 8
  %3407 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3408 = load i64, ptr %3407, align 8
  %3409 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3410 = load i64, ptr %3409, align 8
  %3411 = xor i64 %3408, %3410
  %3412 = call i64 @rotr64(i64 noundef %3411, i32 noundef 63)
  %3413 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %3412, ptr %3413, align 8
  br label %3414

3414:                                             ; preds = %3351
  br label %3415

3415:                                             ; preds = %3414
  %3416 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3417 = load i64, ptr %3416, align 16
  %3418 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3419 = load i64, ptr %3418, align 8
  %3420 = add i64 %3417, %3419
  %3421 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 8), align 8
  %3422 = zext i8 %3421 to i64
  %3423 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3422
  %3424 = load i64, ptr %3423, align 8
  %3425 = add i64 %3420, %3424
  %3426 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %3425, ptr %3426, align 16
  %3427 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3428 = load i64, ptr %3427, align 8
  %3429 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3430 = load i64, ptr %3429, align 16
  %3431 = xor i64 %3428, %3430
  %3432 = call i64 @rotr64(i64 noundef %3431, i32 noundef 32)
  %3433 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %3432, ptr %3433, align 8
  %3434 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3435 = load i64, ptr %3434, align 16
  %3436 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3437 = load i64, ptr %3436, align 8
  %3438 = add i64 %3435, %3437
  %3439 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %3438, ptr %3439, align 16
  %3440 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3441 = load i64, ptr %3440, align 8
  %3442 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3443 = load i64, ptr %3442, align 16
  %3444 = xor i64 %3441, %3443
  %3445 = call i64 @rotr64(i64 noundef %3444, i32 noundef 24)
  %3446 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %3445, ptr %3446, align 8
  %3447 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3448 = load i64, ptr %3447, align 16
  %3449 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3450 = load i64, ptr %3449, align 8
  %3451 = add i64 %3448, %3450
  %3452 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 9), align 1
  %3453 = zext i8 %3452 to i64
  %3454 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3453
  %3455 = load i64, ptr %3454, align 8
  %3456 = add i64 %3451, %3455
  %3457 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %3456, ptr %3457, align 16
  %3458 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3459 = load i64, ptr %3458, align 8
  %3460 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3461 = load i64, ptr %3460, align 16
  %3462 = xor i64 %3459, %3461
  %3463 = call i64 @rotr64(i64 noundef %3462, i32 noundef 16)
  %3464 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %3463, ptr %3464, align 8
  %3465 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3466 = load i64, ptr %3465, align 16
  %3467 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3468 = load i64, ptr %3467, align 8
  %3469 = add i64 %3466, %3468
  %3470 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %3469, ptr %3470, align 16
  %3471 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3472 = load i64, ptr %3471, align 8
  %3473 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3474 = load i64, ptr %3473, align 16
  %3475 = xor i64 %3472, %3474
  %3476 = call i64 @rotr64(i64 noundef %3475, i32 noundef 63)
  %3477 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %3476, ptr %3477, align 8
  br label %3478

3478:                                             ; preds = %3415
  br label %3479

3479:                                             ; preds = %3478
  %3480 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3481 = load i64, ptr %3480, align 8
  %3482 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3483 = load i64, ptr %3482, align 16
  %3484 = add i64 %3481, %3483
  %3485 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 10), align 2
  %3486 = zext i8 %3485 to i64
  %3487 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3486
  %3488 = load i64, ptr %3487, align 8
  %3489 = add i64 %3484, %3488
  %3490 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %3489, ptr %3490, align 8
  %3491 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3492 = load i64, ptr %3491, align 16
  %3493 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3494 = load i64, ptr %3493, align 8
  %3495 = xor i64 %3492, %3494
  %3496 = call i64 @rotr64(i64 noundef %3495, i32 noundef 32)
  %3497 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %3496, ptr %3497, align 16
  %3498 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3499 = load i64, ptr %3498, align 8
  %3500 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3501 = load i64, ptr %3500, align 16
  %3502 = add i64 %3499, %3501
  %3503 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %3502, ptr %3503, align 8
  %3504 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3505 = load i64, ptr %3504, align 16
  %3506 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3507 = load i64, ptr %3506, align 8
  %3508 = xor i64 %3505, %3507
  %3509 = call i64 @rotr64(i64 noundef %3508, i32 noundef 24)
  %3510 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %3509, ptr %3510, align 16
  %3511 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3512 = load i64, ptr %3511, align 8
  %3513 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3514 = load i64, ptr %3513, align 16
  %3515 = add i64 %3512, %3514
  %3516 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 11), align 1
  %3517 = zext i8 %3516 to i64
  %3518 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3517
  %3519 = load i64, ptr %3518, align 8
  %3520 = add i64 %3515, %3519
  %3521 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %3520, ptr %3521, align 8
  %3522 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3523 = load i64, ptr %3522, align 16
  %3524 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3525 = load i64, ptr %3524, align 8
  %3526 = xor i64 %3523, %3525
  %3527 = call i64 @rotr64(i64 noundef %3526, i32 noundef 16)
  %3528 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %3527, ptr %3528, align 16
  %3529 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3530 = load i64, ptr %3529, align 8
  %3531 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3532 = load i64, ptr %3531, align 16
  %3533 = add i64 %3530, %3532
  %3534 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %3533, ptr %3534, align 8
  %3535 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3536 = load i64, ptr %3535, align 16
  %3537 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3538 = load i64, ptr %3537, align 8
  %3539 = xor i64 %3536, %3538
  %3540 = call i64 @rotr64(i64 noundef %3539, i32 noundef 63)
  %3541 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %3540, ptr %3541, align 16
  br label %3542

3542:                                             ; preds = %3479
  br label %3543

3543:                                             ; preds = %3542
  %3544 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3545 = load i64, ptr %3544, align 16
  %3546 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3547 = load i64, ptr %3546, align 8
  %3548 = add i64 %3545, %3547
  %3549 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 12), align 4
  %3550 = zext i8 %3549 to i64
  %3551 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3550
  %3552 = load i64, ptr %3551, align 8
  %3553 = add i64 %3548, %3552
  %3554 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %3553, ptr %3554, align 16
  %3555 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3556 = load i64, ptr %3555, align 8
  %3557 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3558 = load i64, ptr %3557, align 16
  %3559 = xor i64 %3556, %3558
  %3560 = call i64 @rotr64(i64 noundef %3559, i32 noundef 32)
  %3561 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %3560, ptr %3561, align 8
  %3562 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3563 = load i64, ptr %3562, align 16
  %3564 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3565 = load i64, ptr %3564, align 8
  %3566 = add i64 %3563, %3565
  %3567 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %3566, ptr %3567, align 16
  %3568 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3569 = load i64, ptr %3568, align 8
  %3570 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3571 = load i64, ptr %3570, align 16
  %3572 = xor i64 %3569, %3571
  %3573 = call i64 @rotr64(i64 noundef %3572, i32 noundef 24)
  %3574 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %3573, ptr %3574, align 8
  %3575 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3576 = load i64, ptr %3575, align 16
  %3577 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3578 = load i64, ptr %3577, align 8
  %3579 = add i64 %3576, %3578
  %3580 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 13), align 1
  %3581 = zext i8 %3580 to i64
  %3582 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3581
  %3583 = load i64, ptr %3582, align 8
  %3584 = add i64 %3579, %3583
  %3585 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %3584, ptr %3585, align 16
  %3586 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3587 = load i64, ptr %3586, align 8
  %3588 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3589 = load i64, ptr %3588, align 16
  %3590 = xor i64 %3587, %3589
  %3591 = call i64 @rotr64(i64 noundef %3590, i32 noundef 16)
  %3592 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %3591, ptr %3592, align 8
  %3593 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3594 = load i64, ptr %3593, align 16
  %3595 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3596 = load i64, ptr %3595, align 8
  %3597 = add i64 %3594, %3596
  %3598 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %3597, ptr %3598, align 16
  %3599 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3600 = load i64, ptr %3599, align 8
  %3601 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3602 = load i64, ptr %3601, align 16
  %3603 = xor i64 %3600, %3602
  %3604 = call i64 @rotr64(i64 noundef %3603, i32 noundef 63)
  %3605 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %3604, ptr %3605, align 8
  br label %3606

3606:                                             ; preds = %3543
  br label %3607

3607:                                             ; preds = %3606
  %3608 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3609 = load i64, ptr %3608, align 8
  %3610 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3611 = load i64, ptr %3610, align 16
  %3612 = add i64 %3609, %3611
  %3613 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 14), align 2
  %3614 = zext i8 %3613 to i64
  %3615 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3614
  %3616 = load i64, ptr %3615, align 8
  %3617 = add i64 %3612, %3616
  %3618 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %3617, ptr %3618, align 8
  %3619 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3620 = load i64, ptr %3619, align 16
  %3621 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3622 = load i64, ptr %3621, align 8
  %3623 = xor i64 %3620, %3622
  %3624 = call i64 @rotr64(i64 noundef %3623, i32 noundef 32)
  %3625 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %3624, ptr %3625, align 16
  %3626 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3627 = load i64, ptr %3626, align 8
  %3628 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3629 = load i64, ptr %3628, align 16
  %3630 = add i64 %3627, %3629
  %3631 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %3630, ptr %3631, align 8
  %3632 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3633 = load i64, ptr %3632, align 16
  %3634 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3635 = load i64, ptr %3634, align 8
  %3636 = xor i64 %3633, %3635
  %3637 = call i64 @rotr64(i64 noundef %3636, i32 noundef 24)
  %3638 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %3637, ptr %3638, align 16
  %3639 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3640 = load i64, ptr %3639, align 8
  %3641 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3642 = load i64, ptr %3641, align 16
  %3643 = add i64 %3640, %3642
  %3644 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 6), i64 0, i64 15), align 1
  %3645 = zext i8 %3644 to i64
  %3646 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3645
  %3647 = load i64, ptr %3646, align 8
  %3648 = add i64 %3643, %3647
  %3649 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %3648, ptr %3649, align 8
  %3650 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3651 = load i64, ptr %3650, align 16
  %3652 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3653 = load i64, ptr %3652, align 8
  %3654 = xor i64 %3651, %3653
  %3655 = call i64 @rotr64(i64 noundef %3654, i32 noundef 16)
  %3656 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %3655, ptr %3656, align 16
  %3657 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3658 = load i64, ptr %3657, align 8
  %3659 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3660 = load i64, ptr %3659, align 16
  %3661 = add i64 %3658, %3660
  %3662 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %3661, ptr %3662, align 8
  %3663 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3664 = load i64, ptr %3663, align 16
  %3665 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3666 = load i64, ptr %3665, align 8
  %3667 = xor i64 %3664, %3666
  %3668 = call i64 @rotr64(i64 noundef %3667, i32 noundef 63)
  %3669 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %3668, ptr %3669, align 16
  br label %3670

3670:                                             ; preds = %3607
  br label %3671

3671:                                             ; preds = %3670
  br label %3672

3672:                                             ; preds = %3671
  br label %3673

3673:                                             ; preds = %3672
  %3674 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3675 = load i64, ptr %3674, align 16
  %3676 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3677 = load i64, ptr %3676, align 16
  %3678 = add i64 %3675, %3677
  %3679 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), align 16
  %3680 = zext i8 %3679 to i64
  %3681 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3680
  %3682 = load i64, ptr %3681, align 8
  %3683 = add i64 %3678, %3682
  %3684 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %3683, ptr %3684, align 16
  %3685 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3686 = load i64, ptr %3685, align 16
  %3687 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3688 = load i64, ptr %3687, align 16
  %3689 = xor i64 %3686, %3688
  %3690 = call i64 @rotr64(i64 noundef %3689, i32 noundef 32)
  %3691 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %3690, ptr %3691, align 16
  %3692 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3693 = load i64, ptr %3692, align 16
  %3694 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3695 = load i64, ptr %3694, align 16
  %3696 = add i64 %3693, %3695
  %3697 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %3696, ptr %3697, align 16
  %3698 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3699 = load i64, ptr %3698, align 16
  %3700 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3701 = load i64, ptr %3700, align 16
  %3702 = xor i64 %3699, %3701
  %3703 = call i64 @rotr64(i64 noundef %3702, i32 noundef 24)
  %3704 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %3703, ptr %3704, align 16
  %3705 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3706 = load i64, ptr %3705, align 16
  %3707 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3708 = load i64, ptr %3707, align 16
  %3709 = add i64 %3706, %3708
  %3710 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 1), align 1
  %3711 = zext i8 %3710 to i64
  %3712 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3711
  %3713 = load i64, ptr %3712, align 8
  %3714 = add i64 %3709, %3713
  %3715 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %3714, ptr %3715, align 16
  %3716 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3717 = load i64, ptr %3716, align 16
  %3718 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3719 = load i64, ptr %3718, align 16
  %3720 = xor i64 %3717, %3719
  %3721 = call i64 @rotr64(i64 noundef %3720, i32 noundef 16)
  %3722 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %3721, ptr %3722, align 16
  %3723 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3724 = load i64, ptr %3723, align 16
  %3725 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %3726 = load i64, ptr %3725, align 16
  %3727 = add i64 %3724, %3726
  %3728 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %3727, ptr %3728, align 16
  %3729 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %3730 = load i64, ptr %3729, align 16
  %3731 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %3732 = load i64, ptr %3731, align 16
  %3733 = xor i64 %3730, %3732
  %3734 = call i64 @rotr64(i64 noundef %3733, i32 noundef 63)
  %3735 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %3734, ptr %3735, align 16
  br label %3736

3736:                                             ; preds = %3673
  br label %3737

3737:                                             ; preds = %3736
  %3738 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3739 = load i64, ptr %3738, align 8
  %3740 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3741 = load i64, ptr %3740, align 8
  %3742 = add i64 %3739, %3741
  %3743 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 2), align 2
  %3744 = zext i8 %3743 to i64
  %3745 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3744
  %3746 = load i64, ptr %3745, align 8
  %3747 = add i64 %3742, %3746
  %3748 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %3747, ptr %3748, align 8
  %3749 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3750 = load i64, ptr %3749, align 8
  %3751 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3752 = load i64, ptr %3751, align 8
  %3753 = xor i64 %3750, %3752
  %3754 = call i64 @rotr64(i64 noundef %3753, i32 noundef 32)
  %3755 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %3754, ptr %3755, align 8
  %3756 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3757 = load i64, ptr %3756, align 8
  %3758 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3759 = load i64, ptr %3758, align 8
  %3760 = add i64 %3757, %3759
  %3761 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %3760, ptr %3761, align 8
  %3762 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3763 = load i64, ptr %3762, align 8
  %3764 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3765 = load i64, ptr %3764, align 8
  %3766 = xor i64 %3763, %3765
  %3767 = call i64 @rotr64(i64 noundef %3766, i32 noundef 24)
  %3768 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %3767, ptr %3768, align 8
  %3769 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3770 = load i64, ptr %3769, align 8
  %3771 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3772 = load i64, ptr %3771, align 8
  %3773 = add i64 %3770, %3772
  %3774 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 3), align 1
  %3775 = zext i8 %3774 to i64
  %3776 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3775
  %3777 = load i64, ptr %3776, align 8
  %3778 = add i64 %3773, %3777
  %3779 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %3778, ptr %3779, align 8
  %3780 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3781 = load i64, ptr %3780, align 8
  %3782 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3783 = load i64, ptr %3782, align 8
  %3784 = xor i64 %3781, %3783
  %3785 = call i64 @rotr64(i64 noundef %3784, i32 noundef 16)
  %3786 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %3785, ptr %3786, align 8
  %3787 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3788 = load i64, ptr %3787, align 8
  %3789 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %3790 = load i64, ptr %3789, align 8
  %3791 = add i64 %3788, %3790
  %3792 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %3791, ptr %3792, align 8
  %3793 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3794 = load i64, ptr %3793, align 8
  %3795 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %3796 = load i64, ptr %3795, align 8
  %3797 = xor i64 %3794, %3796
  %3798 = call i64 @rotr64(i64 noundef %3797, i32 noundef 63)
  %3799 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %3798, ptr %3799, align 8
  br label %3800

3800:                                             ; preds = %3737
  br label %3801

3801:                                             ; preds = %3800
  %3802 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3803 = load i64, ptr %3802, align 16
  %3804 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3805 = load i64, ptr %3804, align 16
  %3806 = add i64 %3803, %3805
  %3807 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 4), align 4
  %3808 = zext i8 %3807 to i64
  %3809 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3808
  %3810 = load i64, ptr %3809, align 8
  %3811 = add i64 %3806, %3810
  %3812 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %3811, ptr %3812, align 16
  %3813 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3814 = load i64, ptr %3813, align 16
  %3815 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3816 = load i64, ptr %3815, align 16
  %3817 = xor i64 %3814, %3816
  %3818 = call i64 @rotr64(i64 noundef %3817, i32 noundef 32)
  %3819 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %3818, ptr %3819, align 16
  %3820 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3821 = load i64, ptr %3820, align 16
  %3822 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3823 = load i64, ptr %3822, align 16
  %3824 = add i64 %3821, %3823
  %3825 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %3824, ptr %3825, align 16
  %3826 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3827 = load i64, ptr %3826, align 16
  %3828 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3829 = load i64, ptr %3828, align 16
  %3830 = xor i64 %3827, %3829
  %3831 = call i64 @rotr64(i64 noundef %3830, i32 noundef 24)
  %3832 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %3831, ptr %3832, align 16
  %3833 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3834 = load i64, ptr %3833, align 16
  %3835 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3836 = load i64, ptr %3835, align 16
  %3837 = add i64 %3834, %3836
  %3838 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 5), align 1
  %3839 = zext i8 %3838 to i64
  %3840 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3839
  %3841 = load i64, ptr %3840, align 8
  %3842 = add i64 %3837, %3841
  %3843 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %3842, ptr %3843, align 16
  %3844 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3845 = load i64, ptr %3844, align 16
  %3846 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %3847 = load i64, ptr %3846, align 16
  %3848 = xor i64 %3845, %3847
  %3849 = call i64 @rotr64(i64 noundef %3848, i32 noundef 16)
  %3850 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %3849, ptr %3850, align 16
  %3851 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3852 = load i64, ptr %3851, align 16
  %3853 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %3854 = load i64, ptr %3853, align 16
  %3855 = add i64 %3852, %3854
  %3856 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %3855, ptr %3856, align 16
  %3857 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3858 = load i64, ptr %3857, align 16
  %3859 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3860 = load i64, ptr %3859, align 16
  %3861 = xor i64 %3858, %3860
  %3862 = call i64 @rotr64(i64 noundef %3861, i32 noundef 63)
  %3863 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %3862, ptr %3863, align 16
  br label %3864

3864:                                             ; preds = %3801
  br label %3865

3865:                                             ; preds = %3864
  %3866 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3867 = load i64, ptr %3866, align 8
  %3868 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3869 = load i64, ptr %3868, align 8
  %3870 = add i64 %3867, %3869
  %3871 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 6), align 2
  %3872 = zext i8 %3871 to i64
  %3873 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3872
  %3874 = load i64, ptr %3873, align 8
  %3875 = add i64 %3870, %3874
  %3876 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %3875, ptr %3876, align 8
  %3877 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3878 = load i64, ptr %3877, align 8
  %3879 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3880 = load i64, ptr %3879, align 8
  %3881 = xor i64 %3878, %3880
  %3882 = call i64 @rotr64(i64 noundef %3881, i32 noundef 32)
  %3883 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %3882, ptr %3883, align 8
  %3884 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3885 = load i64, ptr %3884, align 8
  %3886 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3887 = load i64, ptr %3886, align 8
  %3888 = add i64 %3885, %3887
  %3889 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %3888, ptr %3889, align 8
  %3890 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3891 = load i64, ptr %3890, align 8
  %3892 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3893 = load i64, ptr %3892, align 8
  %3894 = xor i64 %3891, %3893
  %3895 = call i64 @rotr64(i64 noundef %3894, i32 noundef 24)
  %3896 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %3895, ptr %3896, align 8
  %3897 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3898 = load i64, ptr %3897, align 8
  %3899 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3900 = load i64, ptr %3899, align 8
  %3901 = add i64 %3898, %3900
  %3902 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 7), align 1
  %3903 = zext i8 %3902 to i64
  %3904 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3903
  %3905 = load i64, ptr %3904, align 8
  %3906 = add i64 %3901, %3905
  %3907 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %3906, ptr %3907, align 8
  %3908 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3909 = load i64, ptr %3908, align 8
  %3910 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %3911 = load i64, ptr %3910, align 8
  %3912 = xor i64 %3909, %3911
  %3913 = call i64 @rotr64(i64 noundef %3912, i32 noundef 16)
  %3914 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %3913, ptr %3914, align 8
  %3915 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3916 = load i64, ptr %3915, align 8
  %3917 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3918 = load i64, ptr %3917, align 8
  %3919 = add i64 %3916, %3918
  %3920 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %3919, ptr %3920, align 8
  %3921 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %3922 = load i64, ptr %3921, align 8
  %3923 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %3924 = load i64, ptr %3923, align 8
  %3925 = xor i64 %3922, %3924
  %3926 = call i64 @rotr64(i64 noundef %3925, i32 noundef 63)
  %3927 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %3926, ptr %3927, align 8
  br label %3928

3928:                                             ; preds = %3865
  br label %3929

3929:                                             ; preds = %3928
  %3930 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3931 = load i64, ptr %3930, align 16
  %3932 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3933 = load i64, ptr %3932, align 8
  %3934 = add i64 %3931, %3933
  %3935 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 8), align 8
  %3936 = zext i8 %3935 to i64
  %3937 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3936
  %3938 = load i64, ptr %3937, align 8
  %3939 = add i64 %3934, %3938
  %3940 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %3939, ptr %3940, align 16
  %3941 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3942 = load i64, ptr %3941, align 8
  %3943 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3944 = load i64, ptr %3943, align 16
  %3945 = xor i64 %3942, %3944
  %3946 = call i64 @rotr64(i64 noundef %3945, i32 noundef 32)
  %3947 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %3946, ptr %3947, align 8
  %3948 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3949 = load i64, ptr %3948, align 16
  %3950 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3951 = load i64, ptr %3950, align 8
  %3952 = add i64 %3949, %3951
  %3953 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %3952, ptr %3953, align 16
  %3954 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3955 = load i64, ptr %3954, align 8
  %3956 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3957 = load i64, ptr %3956, align 16
  %3958 = xor i64 %3955, %3957
  %3959 = call i64 @rotr64(i64 noundef %3958, i32 noundef 24)
  %3960 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %3959, ptr %3960, align 8
  %3961 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3962 = load i64, ptr %3961, align 16
  %3963 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3964 = load i64, ptr %3963, align 8
  %3965 = add i64 %3962, %3964
  %3966 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 9), align 1
  %3967 = zext i8 %3966 to i64
  %3968 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %3967
  %3969 = load i64, ptr %3968, align 8
  %3970 = add i64 %3965, %3969
  %3971 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %3970, ptr %3971, align 16
  %3972 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3973 = load i64, ptr %3972, align 8
  %3974 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %3975 = load i64, ptr %3974, align 16
  %3976 = xor i64 %3973, %3975
  %3977 = call i64 @rotr64(i64 noundef %3976, i32 noundef 16)
  %3978 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %3977, ptr %3978, align 8
  %3979 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3980 = load i64, ptr %3979, align 16
  %3981 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %3982 = load i64, ptr %3981, align 8
  %3983 = add i64 %3980, %3982
  %3984 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %3983, ptr %3984, align 16
  %3985 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %3986 = load i64, ptr %3985, align 8
  %3987 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %3988 = load i64, ptr %3987, align 16
  %3989 = xor i64 %3986, %3988
  %3990 = call i64 @rotr64(i64 noundef %3989, i32 noundef 63)
  %3991 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %3990, ptr %3991, align 8
  br label %3992

3992:                                             ; preds = %3929
  br label %3993

3993:                                             ; preds = %3992
  %3994 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %3995 = load i64, ptr %3994, align 8
  %3996 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %3997 = load i64, ptr %3996, align 16
  %3998 = add i64 %3995, %3997
  %3999 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 10), align 2
  %4000 = zext i8 %3999 to i64
  %4001 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4000
  %4002 = load i64, ptr %4001, align 8
  %4003 = add i64 %3998, %4002
  %4004 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %4003, ptr %4004, align 8
  %4005 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4006 = load i64, ptr %4005, align 16
  %4007 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4008 = load i64, ptr %4007, align 8
  %4009 = xor i64 %4006, %4008
  %4010 = call i64 @rotr64(i64 noundef %4009, i32 noundef 32)
  %4011 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %4010, ptr %4011, align 16
  %4012 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4013 = load i64, ptr %4012, align 8
  %4014 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4015 = load i64, ptr %4014, align 16
  %4016 = add i64 %4013, %4015
  %4017 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %4016, ptr %4017, align 8
  %4018 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4019 = load i64, ptr %4018, align 16
  %4020 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4021 = load i64, ptr %4020, align 8
  %4022 = xor i64 %4019, %4021
  %4023 = call i64 @rotr64(i64 noundef %4022, i32 noundef 24)
  %4024 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %4023, ptr %4024, align 16
  %4025 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4026 = load i64, ptr %4025, align 8
  %4027 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4028 = load i64, ptr %4027, align 16
  %4029 = add i64 %4026, %4028
  %4030 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 11), align 1
  %4031 = zext i8 %4030 to i64
  %4032 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4031
  %4033 = load i64, ptr %4032, align 8
  %4034 = add i64 %4029, %4033
  %4035 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %4034, ptr %4035, align 8
  %4036 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4037 = load i64, ptr %4036, align 16
  %4038 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4039 = load i64, ptr %4038, align 8
  %4040 = xor i64 %4037, %4039
  %4041 = call i64 @rotr64(i64 noundef %4040, i32 noundef 16)
  %4042 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %4041, ptr %4042, align 16
  %4043 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4044 = load i64, ptr %4043, align 8
  %4045 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4046 = load i64, ptr %4045, align 16
  %4047 = add i64 %4044, %4046
  %4048 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %4047, ptr %4048, align 8
  %4049 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4050 = load i64, ptr %4049, align 16
  %4051 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4052 = load i64, ptr %4051, align 8
  %4053 = xor i64 %4050, %4052
  %4054 = call i64 @rotr64(i64 noundef %4053, i32 noundef 63)
  %4055 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %4054, ptr %4055, align 16
  br label %4056

4056:                                             ; preds = %3993
  br label %4057

4057:                                             ; preds = %4056
  %4058 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4059 = load i64, ptr %4058, align 16
  %4060 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4061 = load i64, ptr %4060, align 8
  %4062 = add i64 %4059, %4061
  %4063 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 12), align 4
  %4064 = zext i8 %4063 to i64
  %4065 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4064
  %4066 = load i64, ptr %4065, align 8
  %4067 = add i64 %4062, %4066
  %4068 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %4067, ptr %4068, align 16
  %4069 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4070 = load i64, ptr %4069, align 8
  %4071 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4072 = load i64, ptr %4071, align 16
  %4073 = xor i64 %4070, %4072
  %4074 = call i64 @rotr64(i64 noundef %4073, i32 noundef 32)
  %4075 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %4074, ptr %4075, align 8
  %4076 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4077 = load i64, ptr %4076, align 16
  %4078 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4079 = load i64, ptr %4078, align 8
  %4080 = add i64 %4077, %4079
  %4081 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %4080, ptr %4081, align 16
  %4082 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4083 = load i64, ptr %4082, align 8
  %4084 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4085 = load i64, ptr %4084, align 16
  %4086 = xor i64 %4083, %4085
  %4087 = call i64 @rotr64(i64 noundef %4086, i32 noundef 24)
  %4088 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %4087, ptr %4088, align 8
  %4089 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4090 = load i64, ptr %4089, align 16
  %4091 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4092 = load i64, ptr %4091, align 8
  %4093 = add i64 %4090, %4092
  %4094 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 13), align 1
  %4095 = zext i8 %4094 to i64
  %4096 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4095
  %4097 = load i64, ptr %4096, align 8
  %4098 = add i64 %4093, %4097
  %4099 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %4098, ptr %4099, align 16
  %4100 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4101 = load i64, ptr %4100, align 8
  %4102 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4103 = load i64, ptr %4102, align 16
  %4104 = xor i64 %4101, %4103
  %4105 = call i64 @rotr64(i64 noundef %4104, i32 noundef 16)
  %4106 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %4105, ptr %4106, align 8
  %4107 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4108 = load i64, ptr %4107, align 16
  %4109 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4110 = load i64, ptr %4109, align 8
  %4111 = add i64 %4108, %4110
  %4112 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %4111, ptr %4112, align 16
  %4113 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4114 = load i64, ptr %4113, align 8
  %4115 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4116 = load i64, ptr %4115, align 16
  %4117 = xor i64 %4114, %4116
  %4118 = call i64 @rotr64(i64 noundef %4117, i32 noundef 63)
  %4119 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %4118, ptr %4119, align 8
  br label %4120

4120:                                             ; preds = %4057
  br label %4121

4121:                                             ; preds = %4120
  %4122 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4123 = load i64, ptr %4122, align 8
  %4124 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4125 = load i64, ptr %4124, align 16
  %4126 = add i64 %4123, %4125
  %4127 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 14), align 2
  %4128 = zext i8 %4127 to i64
  %4129 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4128
  %4130 = load i64, ptr %4129, align 8
  %4131 = add i64 %4126, %4130
  %4132 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %4131, ptr %4132, align 8
  %4133 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4134 = load i64, ptr %4133, align 16
  %4135 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4136 = load i64, ptr %4135, align 8
  %4137 = xor i64 %4134, %4136
  %4138 = call i64 @rotr64(i64 noundef %4137, i32 noundef 32)
  %4139 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %4138, ptr %4139, align 16
  %4140 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4141 = load i64, ptr %4140, align 8
  %4142 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4143 = load i64, ptr %4142, align 16
  %4144 = add i64 %4141, %4143
  %4145 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %4144, ptr %4145, align 8
  %4146 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4147 = load i64, ptr %4146, align 16
  %4148 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4149 = load i64, ptr %4148, align 8
  %4150 = xor i64 %4147, %4149
  %4151 = call i64 @rotr64(i64 noundef %4150, i32 noundef 24)
  %4152 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %4151, ptr %4152, align 16
  %4153 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4154 = load i64, ptr %4153, align 8
  %4155 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4156 = load i64, ptr %4155, align 16
  %4157 = add i64 %4154, %4156
  %4158 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 7), i64 0, i64 15), align 1
  %4159 = zext i8 %4158 to i64
  %4160 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4159
  %4161 = load i64, ptr %4160, align 8
  %4162 = add i64 %4157, %4161
  %4163 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %4162, ptr %4163, align 8
  %4164 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4165 = load i64, ptr %4164, align 16
  %4166 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4167 = load i64, ptr %4166, align 8
  %4168 = xor i64 %4165, %4167
  %4169 = call i64 @rotr64(i64 noundef %4168, i32 noundef 16)
  %4170 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %4169, ptr %4170, align 16
  %4171 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4172 = load i64, ptr %4171, align 8
  %4173 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4174 = load i64, ptr %4173, align 16
  %4175 = add i64 %4172, %4174
  %4176 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %4175, ptr %4176, align 8
  %4177 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4178 = load i64, ptr %4177, align 16
  %4179 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4180 = load i64, ptr %4179, align 8
  %4181 = xor i64 %4178, %4180
  %4182 = call i64 @rotr64(i64 noundef %4181, i32 noundef 63)
  %4183 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %4182, ptr %4183, align 16
  br label %4184

4184:                                             ; preds = %4121
  br label %4185

4185:                                             ; preds = %4184
  br label %4186

4186:                                             ; preds = %4185
  br label %4187

4187:                                             ; preds = %4186
  %4188 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4189 = load i64, ptr %4188, align 16
  %4190 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4191 = load i64, ptr %4190, align 16
  %4192 = add i64 %4189, %4191
  %4193 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), align 16
  %4194 = zext i8 %4193 to i64
  %4195 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4194
  %4196 = load i64, ptr %4195, align 8
  %4197 = add i64 %4192, %4196
  %4198 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %4197, ptr %4198, align 16
  %4199 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4200 = load i64, ptr %4199, align 16
  %4201 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4202 = load i64, ptr %4201, align 16
  %4203 = xor i64 %4200, %4202
  %4204 = call i64 @rotr64(i64 noundef %4203, i32 noundef 32)
  %4205 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %4204, ptr %4205, align 16
  %4206 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4207 = load i64, ptr %4206, align 16
  %4208 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4209 = load i64, ptr %4208, align 16
  %4210 = add i64 %4207, %4209
  %4211 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %4210, ptr %4211, align 16
  %4212 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4213 = load i64, ptr %4212, align 16
  %4214 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4215 = load i64, ptr %4214, align 16
  %4216 = xor i64 %4213, %4215
  %4217 = call i64 @rotr64(i64 noundef %4216, i32 noundef 24)
  %4218 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %4217, ptr %4218, align 16
  %4219 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4220 = load i64, ptr %4219, align 16
  %4221 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4222 = load i64, ptr %4221, align 16
  %4223 = add i64 %4220, %4222
  %4224 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 1), align 1
  %4225 = zext i8 %4224 to i64
  %4226 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4225
  %4227 = load i64, ptr %4226, align 8
  %4228 = add i64 %4223, %4227
  %4229 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %4228, ptr %4229, align 16
  %4230 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4231 = load i64, ptr %4230, align 16
  %4232 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4233 = load i64, ptr %4232, align 16
  %4234 = xor i64 %4231, %4233
  %4235 = call i64 @rotr64(i64 noundef %4234, i32 noundef 16)
  %4236 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %4235, ptr %4236, align 16
  %4237 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4238 = load i64, ptr %4237, align 16
  %4239 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4240 = load i64, ptr %4239, align 16
  %4241 = add i64 %4238, %4240
  %4242 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %4241, ptr %4242, align 16
  %4243 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4244 = load i64, ptr %4243, align 16
  %4245 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4246 = load i64, ptr %4245, align 16
  %4247 = xor i64 %4244, %4246
  %4248 = call i64 @rotr64(i64 noundef %4247, i32 noundef 63)
  %4249 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %4248, ptr %4249, align 16
  br label %4250

4250:                                             ; preds = %4187
  br label %4251

4251:                                             ; preds = %4250
  %4252 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4253 = load i64, ptr %4252, align 8
  %4254 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4255 = load i64, ptr %4254, align 8
  %4256 = add i64 %4253, %4255
  %4257 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 2), align 2
  %4258 = zext i8 %4257 to i64
  %4259 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4258
  %4260 = load i64, ptr %4259, align 8
  %4261 = add i64 %4256, %4260
  %4262 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %4261, ptr %4262, align 8
  %4263 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4264 = load i64, ptr %4263, align 8
  %4265 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4266 = load i64, ptr %4265, align 8
  %4267 = xor i64 %4264, %4266
  %4268 = call i64 @rotr64(i64 noundef %4267, i32 noundef 32)
  %4269 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %4268, ptr %4269, align 8
  %4270 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4271 = load i64, ptr %4270, align 8
  %4272 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4273 = load i64, ptr %4272, align 8
  %4274 = add i64 %4271, %4273
  %4275 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %4274, ptr %4275, align 8
  %4276 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4277 = load i64, ptr %4276, align 8
  %4278 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4279 = load i64, ptr %4278, align 8
  %4280 = xor i64 %4277, %4279
  %4281 = call i64 @rotr64(i64 noundef %4280, i32 noundef 24)
  %4282 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %4281, ptr %4282, align 8
  %4283 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4284 = load i64, ptr %4283, align 8
  %4285 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4286 = load i64, ptr %4285, align 8
  %4287 = add i64 %4284, %4286
  %4288 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 3), align 1
  %4289 = zext i8 %4288 to i64
  %4290 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4289
  %4291 = load i64, ptr %4290, align 8
  %4292 = add i64 %4287, %4291
  %4293 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %4292, ptr %4293, align 8
  %4294 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4295 = load i64, ptr %4294, align 8
  %4296 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4297 = load i64, ptr %4296, align 8
  %4298 = xor i64 %4295, %4297
  %4299 = call i64 @rotr64(i64 noundef %4298, i32 noundef 16)
  %4300 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %4299, ptr %4300, align 8
  %4301 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4302 = load i64, ptr %4301, align 8
  %4303 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4304 = load i64, ptr %4303, align 8
  %4305 = add i64 %4302, %4304
  %4306 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %4305, ptr %4306, align 8
  %4307 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4308 = load i64, ptr %4307, align 8
  %4309 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4310 = load i64, ptr %4309, align 8
  %4311 = xor i64 %4308, %4310
  %4312 = call i64 @rotr64(i64 noundef %4311, i32 noundef 63)
  %4313 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %4312, ptr %4313, align 8
  br label %4314

4314:                                             ; preds = %4251
  br label %4315

4315:                                             ; preds = %4314
  %4316 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4317 = load i64, ptr %4316, align 16
  %4318 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4319 = load i64, ptr %4318, align 16
  %4320 = add i64 %4317, %4319
  %4321 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 4), align 4
  %4322 = zext i8 %4321 to i64
  %4323 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4322
  %4324 = load i64, ptr %4323, align 8
  %4325 = add i64 %4320, %4324
  %4326 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %4325, ptr %4326, align 16
  %4327 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4328 = load i64, ptr %4327, align 16
  %4329 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4330 = load i64, ptr %4329, align 16
  %4331 = xor i64 %4328, %4330
  %4332 = call i64 @rotr64(i64 noundef %4331, i32 noundef 32)
  %4333 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %4332, ptr %4333, align 16
  %4334 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4335 = load i64, ptr %4334, align 16
  %4336 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4337 = load i64, ptr %4336, align 16
  %4338 = add i64 %4335, %4337
  %4339 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %4338, ptr %4339, align 16
  %4340 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4341 = load i64, ptr %4340, align 16
  %4342 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4343 = load i64, ptr %4342, align 16
  %4344 = xor i64 %4341, %4343
  %4345 = call i64 @rotr64(i64 noundef %4344, i32 noundef 24)
  %4346 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %4345, ptr %4346, align 16
  %4347 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4348 = load i64, ptr %4347, align 16
  %4349 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4350 = load i64, ptr %4349, align 16
  %4351 = add i64 %4348, %4350
  %4352 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 5), align 1
  %4353 = zext i8 %4352 to i64
  %4354 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4353
  %4355 = load i64, ptr %4354, align 8
  %4356 = add i64 %4351, %4355
  %4357 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %4356, ptr %4357, align 16
  %4358 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4359 = load i64, ptr %4358, align 16
  %4360 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4361 = load i64, ptr %4360, align 16
  %4362 = xor i64 %4359, %4361
  %4363 = call i64 @rotr64(i64 noundef %4362, i32 noundef 16)
  %4364 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %4363, ptr %4364, align 16
  %4365 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4366 = load i64, ptr %4365, align 16
  %4367 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4368 = load i64, ptr %4367, align 16
  %4369 = add i64 %4366, %4368
  %4370 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %4369, ptr %4370, align 16
  %4371 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4372 = load i64, ptr %4371, align 16
  %4373 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4374 = load i64, ptr %4373, align 16
  %4375 = xor i64 %4372, %4374
  %4376 = call i64 @rotr64(i64 noundef %4375, i32 noundef 63)
  %4377 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %4376, ptr %4377, align 16
  br label %4378

4378:                                             ; preds = %4315
  br label %4379

4379:                                             ; preds = %4378
  %4380 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4381 = load i64, ptr %4380, align 8
  %4382 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4383 = load i64, ptr %4382, align 8
  %4384 = add i64 %4381, %4383
  %4385 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 6), align 2
  %4386 = zext i8 %4385 to i64
  %4387 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4386
  %4388 = load i64, ptr %4387, align 8
  %4389 = add i64 %4384, %4388
  %4390 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %4389, ptr %4390, align 8
  %4391 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4392 = load i64, ptr %4391, align 8
  %4393 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4394 = load i64, ptr %4393, align 8
  %4395 = xor i64 %4392, %4394
  %4396 = call i64 @rotr64(i64 noundef %4395, i32 noundef 32)
  %4397 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %4396, ptr %4397, align 8
  %4398 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4399 = load i64, ptr %4398, align 8
  %4400 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4401 = load i64, ptr %4400, align 8
  %4402 = add i64 %4399, %4401
  %4403 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %4402, ptr %4403, align 8
  %4404 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4405 = load i64, ptr %4404, align 8
  %4406 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4407 = load i64, ptr %4406, align 8
  %4408 = xor i64 %4405, %4407
  %4409 = call i64 @rotr64(i64 noundef %4408, i32 noundef 24)
  %4410 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %4409, ptr %4410, align 8
  %4411 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4412 = load i64, ptr %4411, align 8
  %4413 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4414 = load i64, ptr %4413, align 8
  %4415 = add i64 %4412, %4414
  %4416 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 7), align 1
  %4417 = zext i8 %4416 to i64
  %4418 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4417
  %4419 = load i64, ptr %4418, align 8
  %4420 = add i64 %4415, %4419
  %4421 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %4420, ptr %4421, align 8
  %4422 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4423 = load i64, ptr %4422, align 8
  %4424 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4425 = load i64, ptr %4424, align 8
  %4426 = xor i64 %4423, %4425
  %4427 = call i64 @rotr64(i64 noundef %4426, i32 noundef 16)
  %4428 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %4427, ptr %4428, align 8
  %4429 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4430 = load i64, ptr %4429, align 8
  %4431 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4432 = load i64, ptr %4431, align 8
  %4433 = add i64 %4430, %4432
  %4434 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %4433, ptr %4434, align 8
  %4435 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4436 = load i64, ptr %4435, align 8
  %4437 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4438 = load i64, ptr %4437, align 8
  %4439 = xor i64 %4436, %4438
  %4440 = call i64 @rotr64(i64 noundef %4439, i32 noundef 63)
  %4441 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %4440, ptr %4441, align 8
  br label %4442

4442:                                             ; preds = %4379
  br label %4443

4443:                                             ; preds = %4442
  %4444 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4445 = load i64, ptr %4444, align 16
  %4446 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4447 = load i64, ptr %4446, align 8
  %4448 = add i64 %4445, %4447
  %4449 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 8), align 8
  %4450 = zext i8 %4449 to i64
  %4451 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4450
  %4452 = load i64, ptr %4451, align 8
  %4453 = add i64 %4448, %4452
  %4454 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %4453, ptr %4454, align 16
  %4455 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4456 = load i64, ptr %4455, align 8
  %4457 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4458 = load i64, ptr %4457, align 16
  %4459 = xor i64 %4456, %4458
  %4460 = call i64 @rotr64(i64 noundef %4459, i32 noundef 32)
  %4461 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %4460, ptr %4461, align 8
  %4462 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4463 = load i64, ptr %4462, align 16
  %4464 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4465 = load i64, ptr %4464, align 8
  %4466 = add i64 %4463, %4465
  %4467 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %4466, ptr %4467, align 16
  %4468 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4469 = load i64, ptr %4468, align 8
  %4470 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4471 = load i64, ptr %4470, align 16
  %4472 = xor i64 %4469, %4471
  %4473 = call i64 @rotr64(i64 noundef %4472, i32 noundef 24)
  %4474 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %4473, ptr %4474, align 8
  %4475 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4476 = load i64, ptr %4475, align 16
  %4477 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4478 = load i64, ptr %4477, align 8
  %4479 = add i64 %4476, %4478
  %4480 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 9), align 1
  %4481 = zext i8 %4480 to i64
  %4482 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4481
  %4483 = load i64, ptr %4482, align 8
  %4484 = add i64 %4479, %4483
  %4485 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %4484, ptr %4485, align 16
  %4486 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4487 = load i64, ptr %4486, align 8
  %4488 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4489 = load i64, ptr %4488, align 16
  %4490 = xor i64 %4487, %4489
  %4491 = call i64 @rotr64(i64 noundef %4490, i32 noundef 16)
  %4492 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %4491, ptr %4492, align 8
  %4493 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4494 = load i64, ptr %4493, align 16
  %4495 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4496 = load i64, ptr %4495, align 8
  %4497 = add i64 %4494, %4496
  %4498 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %4497, ptr %4498, align 16
  %4499 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4500 = load i64, ptr %4499, align 8
  %4501 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4502 = load i64, ptr %4501, align 16
  %4503 = xor i64 %4500, %4502
  %4504 = call i64 @rotr64(i64 noundef %4503, i32 noundef 63)
  %4505 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %4504, ptr %4505, align 8
  br label %4506

4506:                                             ; preds = %4443
  br label %4507

4507:                                             ; preds = %4506
  %4508 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4509 = load i64, ptr %4508, align 8
  %4510 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4511 = load i64, ptr %4510, align 16
  %4512 = add i64 %4509, %4511
  %4513 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 10), align 2
  %4514 = zext i8 %4513 to i64
  %4515 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4514
  %4516 = load i64, ptr %4515, align 8
  %4517 = add i64 %4512, %4516
  %4518 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %4517, ptr %4518, align 8
  %4519 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4520 = load i64, ptr %4519, align 16
  %4521 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4522 = load i64, ptr %4521, align 8
  %4523 = xor i64 %4520, %4522
  %4524 = call i64 @rotr64(i64 noundef %4523, i32 noundef 32)
  %4525 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %4524, ptr %4525, align 16
  %4526 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4527 = load i64, ptr %4526, align 8
  %4528 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4529 = load i64, ptr %4528, align 16
  %4530 = add i64 %4527, %4529
  %4531 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %4530, ptr %4531, align 8
  %4532 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4533 = load i64, ptr %4532, align 16
  %4534 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4535 = load i64, ptr %4534, align 8
  %4536 = xor i64 %4533, %4535
  %4537 = call i64 @rotr64(i64 noundef %4536, i32 noundef 24)
  %4538 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %4537, ptr %4538, align 16
  %4539 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4540 = load i64, ptr %4539, align 8
  %4541 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4542 = load i64, ptr %4541, align 16
  %4543 = add i64 %4540, %4542
  %4544 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 11), align 1
  %4545 = zext i8 %4544 to i64
  %4546 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4545
  %4547 = load i64, ptr %4546, align 8
  %4548 = add i64 %4543, %4547
  %4549 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %4548, ptr %4549, align 8
  %4550 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4551 = load i64, ptr %4550, align 16
  %4552 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4553 = load i64, ptr %4552, align 8
  %4554 = xor i64 %4551, %4553
  %4555 = call i64 @rotr64(i64 noundef %4554, i32 noundef 16)
  %4556 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %4555, ptr %4556, align 16
  %4557 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4558 = load i64, ptr %4557, align 8
  %4559 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4560 = load i64, ptr %4559, align 16
  %4561 = add i64 %4558, %4560
  %4562 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %4561, ptr %4562, align 8
  %4563 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4564 = load i64, ptr %4563, align 16
  %4565 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4566 = load i64, ptr %4565, align 8
  %4567 = xor i64 %4564, %4566
  %4568 = call i64 @rotr64(i64 noundef %4567, i32 noundef 63)
  %4569 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %4568, ptr %4569, align 16
  br label %4570

4570:                                             ; preds = %4507
  br label %4571

4571:                                             ; preds = %4570
  %4572 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4573 = load i64, ptr %4572, align 16
  %4574 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4575 = load i64, ptr %4574, align 8
  %4576 = add i64 %4573, %4575
  %4577 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 12), align 4
  %4578 = zext i8 %4577 to i64
  %4579 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4578
  %4580 = load i64, ptr %4579, align 8
  %4581 = add i64 %4576, %4580
  %4582 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %4581, ptr %4582, align 16
  %4583 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4584 = load i64, ptr %4583, align 8
  %4585 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4586 = load i64, ptr %4585, align 16
  %4587 = xor i64 %4584, %4586
  %4588 = call i64 @rotr64(i64 noundef %4587, i32 noundef 32)
  %4589 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %4588, ptr %4589, align 8
  %4590 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4591 = load i64, ptr %4590, align 16
  %4592 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4593 = load i64, ptr %4592, align 8
  %4594 = add i64 %4591, %4593
  %4595 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %4594, ptr %4595, align 16
  %4596 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4597 = load i64, ptr %4596, align 8
  %4598 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4599 = load i64, ptr %4598, align 16
  %4600 = xor i64 %4597, %4599
  %4601 = call i64 @rotr64(i64 noundef %4600, i32 noundef 24)
  %4602 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %4601, ptr %4602, align 8
  %4603 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4604 = load i64, ptr %4603, align 16
  %4605 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4606 = load i64, ptr %4605, align 8
  %4607 = add i64 %4604, %4606
  %4608 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 13), align 1
  %4609 = zext i8 %4608 to i64
  %4610 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4609
  %4611 = load i64, ptr %4610, align 8
  %4612 = add i64 %4607, %4611
  %4613 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %4612, ptr %4613, align 16
  %4614 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4615 = load i64, ptr %4614, align 8
  %4616 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4617 = load i64, ptr %4616, align 16
  %4618 = xor i64 %4615, %4617
  %4619 = call i64 @rotr64(i64 noundef %4618, i32 noundef 16)
  %4620 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %4619, ptr %4620, align 8
  %4621 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4622 = load i64, ptr %4621, align 16
  %4623 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4624 = load i64, ptr %4623, align 8
  %4625 = add i64 %4622, %4624
  %4626 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %4625, ptr %4626, align 16
  %4627 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4628 = load i64, ptr %4627, align 8
  %4629 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4630 = load i64, ptr %4629, align 16
  %4631 = xor i64 %4628, %4630
  %4632 = call i64 @rotr64(i64 noundef %4631, i32 noundef 63)
  %4633 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %4632, ptr %4633, align 8
  br label %4634

4634:                                             ; preds = %4571
  br label %4635

4635:                                             ; preds = %4634
  %4636 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4637 = load i64, ptr %4636, align 8
  %4638 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4639 = load i64, ptr %4638, align 16
  %4640 = add i64 %4637, %4639
  %4641 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 14), align 2
  %4642 = zext i8 %4641 to i64
  %4643 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4642
  %4644 = load i64, ptr %4643, align 8
  %4645 = add i64 %4640, %4644
  %4646 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %4645, ptr %4646, align 8
  %4647 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4648 = load i64, ptr %4647, align 16
  %4649 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4650 = load i64, ptr %4649, align 8
  %4651 = xor i64 %4648, %4650
  %4652 = call i64 @rotr64(i64 noundef %4651, i32 noundef 32)
  %4653 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %4652, ptr %4653, align 16
  %4654 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4655 = load i64, ptr %4654, align 8
  %4656 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4657 = load i64, ptr %4656, align 16
  %4658 = add i64 %4655, %4657
  %4659 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %4658, ptr %4659, align 8
  %4660 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4661 = load i64, ptr %4660, align 16
  %4662 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4663 = load i64, ptr %4662, align 8
  %4664 = xor i64 %4661, %4663
  %4665 = call i64 @rotr64(i64 noundef %4664, i32 noundef 24)
  %4666 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %4665, ptr %4666, align 16
  %4667 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4668 = load i64, ptr %4667, align 8
  %4669 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4670 = load i64, ptr %4669, align 16
  %4671 = add i64 %4668, %4670
  %4672 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 8), i64 0, i64 15), align 1
  %4673 = zext i8 %4672 to i64
  %4674 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4673
  %4675 = load i64, ptr %4674, align 8
  %4676 = add i64 %4671, %4675
  %4677 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %4676, ptr %4677, align 8
  %4678 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4679 = load i64, ptr %4678, align 16
  %4680 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4681 = load i64, ptr %4680, align 8
  %4682 = xor i64 %4679, %4681
  %4683 = call i64 @rotr64(i64 noundef %4682, i32 noundef 16)
  %4684 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %4683, ptr %4684, align 16
  %4685 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4686 = load i64, ptr %4685, align 8
  %4687 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4688 = load i64, ptr %4687, align 16
  %4689 = add i64 %4686, %4688
  %4690 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %4689, ptr %4690, align 8
  %4691 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4692 = load i64, ptr %4691, align 16
  %4693 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4694 = load i64, ptr %4693, align 8
  %4695 = xor i64 %4692, %4694
  %4696 = call i64 @rotr64(i64 noundef %4695, i32 noundef 63)
  %4697 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %4696, ptr %4697, align 16
  br label %4698

4698:                                             ; preds = %4635
  br label %4699

4699:                                             ; preds = %4698
  br label %4700

4700:                                             ; preds = %4699
  br label %4701

4701:                                             ; preds = %4700
  %4702 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4703 = load i64, ptr %4702, align 16
  %4704 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4705 = load i64, ptr %4704, align 16
  %4706 = add i64 %4703, %4705
  %4707 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), align 16
  %4708 = zext i8 %4707 to i64
  %4709 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4708
  %4710 = load i64, ptr %4709, align 8
  %4711 = add i64 %4706, %4710
  %4712 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %4711, ptr %4712, align 16
  %4713 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4714 = load i64, ptr %4713, align 16
  %4715 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4716 = load i64, ptr %4715, align 16
  %4717 = xor i64 %4714, %4716
  %4718 = call i64 @rotr64(i64 noundef %4717, i32 noundef 32)
  %4719 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %4718, ptr %4719, align 16
  %4720 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4721 = load i64, ptr %4720, align 16
  %4722 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4723 = load i64, ptr %4722, align 16
  %4724 = add i64 %4721, %4723
  %4725 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %4724, ptr %4725, align 16
  %4726 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4727 = load i64, ptr %4726, align 16
  %4728 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4729 = load i64, ptr %4728, align 16
  %4730 = xor i64 %4727, %4729
  %4731 = call i64 @rotr64(i64 noundef %4730, i32 noundef 24)
  %4732 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %4731, ptr %4732, align 16
  %4733 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4734 = load i64, ptr %4733, align 16
  %4735 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4736 = load i64, ptr %4735, align 16
  %4737 = add i64 %4734, %4736
  %4738 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 1), align 1
  %4739 = zext i8 %4738 to i64
  %4740 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4739
  %4741 = load i64, ptr %4740, align 8
  %4742 = add i64 %4737, %4741
  %4743 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %4742, ptr %4743, align 16
  %4744 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4745 = load i64, ptr %4744, align 16
  %4746 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4747 = load i64, ptr %4746, align 16
  %4748 = xor i64 %4745, %4747
  %4749 = call i64 @rotr64(i64 noundef %4748, i32 noundef 16)
  %4750 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %4749, ptr %4750, align 16
  %4751 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4752 = load i64, ptr %4751, align 16
  %4753 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %4754 = load i64, ptr %4753, align 16
  %4755 = add i64 %4752, %4754
  %4756 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %4755, ptr %4756, align 16
  %4757 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %4758 = load i64, ptr %4757, align 16
  %4759 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %4760 = load i64, ptr %4759, align 16
  %4761 = xor i64 %4758, %4760
  %4762 = call i64 @rotr64(i64 noundef %4761, i32 noundef 63)
  %4763 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %4762, ptr %4763, align 16
  br label %4764

4764:                                             ; preds = %4701
  br label %4765

4765:                                             ; preds = %4764
  %4766 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4767 = load i64, ptr %4766, align 8
  %4768 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4769 = load i64, ptr %4768, align 8
  %4770 = add i64 %4767, %4769
  %4771 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 2), align 2
  %4772 = zext i8 %4771 to i64
  %4773 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4772
  %4774 = load i64, ptr %4773, align 8
  %4775 = add i64 %4770, %4774
  %4776 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %4775, ptr %4776, align 8
  %4777 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4778 = load i64, ptr %4777, align 8
  %4779 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4780 = load i64, ptr %4779, align 8
  %4781 = xor i64 %4778, %4780
  %4782 = call i64 @rotr64(i64 noundef %4781, i32 noundef 32)
  %4783 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %4782, ptr %4783, align 8
  %4784 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4785 = load i64, ptr %4784, align 8
  %4786 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4787 = load i64, ptr %4786, align 8
  %4788 = add i64 %4785, %4787
  %4789 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %4788, ptr %4789, align 8
  %4790 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4791 = load i64, ptr %4790, align 8
  %4792 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4793 = load i64, ptr %4792, align 8
  %4794 = xor i64 %4791, %4793
  %4795 = call i64 @rotr64(i64 noundef %4794, i32 noundef 24)
  %4796 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %4795, ptr %4796, align 8
  %4797 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4798 = load i64, ptr %4797, align 8
  %4799 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4800 = load i64, ptr %4799, align 8
  %4801 = add i64 %4798, %4800
  %4802 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 3), align 1
  %4803 = zext i8 %4802 to i64
  %4804 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4803
  %4805 = load i64, ptr %4804, align 8
  %4806 = add i64 %4801, %4805
  %4807 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %4806, ptr %4807, align 8
  %4808 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4809 = load i64, ptr %4808, align 8
  %4810 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %4811 = load i64, ptr %4810, align 8
  %4812 = xor i64 %4809, %4811
  %4813 = call i64 @rotr64(i64 noundef %4812, i32 noundef 16)
  %4814 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %4813, ptr %4814, align 8
  %4815 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4816 = load i64, ptr %4815, align 8
  %4817 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %4818 = load i64, ptr %4817, align 8
  %4819 = add i64 %4816, %4818
  %4820 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %4819, ptr %4820, align 8
  %4821 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4822 = load i64, ptr %4821, align 8
  %4823 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %4824 = load i64, ptr %4823, align 8
  %4825 = xor i64 %4822, %4824
  %4826 = call i64 @rotr64(i64 noundef %4825, i32 noundef 63)
  %4827 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %4826, ptr %4827, align 8
  br label %4828

4828:                                             ; preds = %4765
  br label %4829

4829:                                             ; preds = %4828
  %4830 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4831 = load i64, ptr %4830, align 16
  %4832 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4833 = load i64, ptr %4832, align 16
  %4834 = add i64 %4831, %4833
  %4835 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 4), align 4
  %4836 = zext i8 %4835 to i64
  %4837 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4836
  %4838 = load i64, ptr %4837, align 8
  %4839 = add i64 %4834, %4838
  %4840 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %4839, ptr %4840, align 16
  %4841 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4842 = load i64, ptr %4841, align 16
  %4843 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4844 = load i64, ptr %4843, align 16
  %4845 = xor i64 %4842, %4844
  %4846 = call i64 @rotr64(i64 noundef %4845, i32 noundef 32)
  %4847 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %4846, ptr %4847, align 16
  %4848 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4849 = load i64, ptr %4848, align 16
  %4850 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4851 = load i64, ptr %4850, align 16
  %4852 = add i64 %4849, %4851
  %4853 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %4852, ptr %4853, align 16
  %4854 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4855 = load i64, ptr %4854, align 16
  %4856 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4857 = load i64, ptr %4856, align 16
  %4858 = xor i64 %4855, %4857
  %4859 = call i64 @rotr64(i64 noundef %4858, i32 noundef 24)
  %4860 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %4859, ptr %4860, align 16
  %4861 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4862 = load i64, ptr %4861, align 16
  %4863 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4864 = load i64, ptr %4863, align 16
  %4865 = add i64 %4862, %4864
  %4866 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 5), align 1
  %4867 = zext i8 %4866 to i64
  %4868 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4867
  %4869 = load i64, ptr %4868, align 8
  %4870 = add i64 %4865, %4869
  %4871 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %4870, ptr %4871, align 16
  %4872 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4873 = load i64, ptr %4872, align 16
  %4874 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %4875 = load i64, ptr %4874, align 16
  %4876 = xor i64 %4873, %4875
  %4877 = call i64 @rotr64(i64 noundef %4876, i32 noundef 16)
  %4878 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %4877, ptr %4878, align 16
  %4879 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4880 = load i64, ptr %4879, align 16
  %4881 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %4882 = load i64, ptr %4881, align 16
  %4883 = add i64 %4880, %4882
  %4884 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %4883, ptr %4884, align 16
  %4885 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %4886 = load i64, ptr %4885, align 16
  %4887 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4888 = load i64, ptr %4887, align 16
  %4889 = xor i64 %4886, %4888
  %4890 = call i64 @rotr64(i64 noundef %4889, i32 noundef 63)
  %4891 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %4890, ptr %4891, align 16
  br label %4892

4892:                                             ; preds = %4829
  br label %4893

4893:                                             ; preds = %4892
  %4894 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4895 = load i64, ptr %4894, align 8
  %4896 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4897 = load i64, ptr %4896, align 8
  %4898 = add i64 %4895, %4897
  %4899 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 6), align 2
  %4900 = zext i8 %4899 to i64
  %4901 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4900
  %4902 = load i64, ptr %4901, align 8
  %4903 = add i64 %4898, %4902
  %4904 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %4903, ptr %4904, align 8
  %4905 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4906 = load i64, ptr %4905, align 8
  %4907 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4908 = load i64, ptr %4907, align 8
  %4909 = xor i64 %4906, %4908
  %4910 = call i64 @rotr64(i64 noundef %4909, i32 noundef 32)
  %4911 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %4910, ptr %4911, align 8
  %4912 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4913 = load i64, ptr %4912, align 8
  %4914 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4915 = load i64, ptr %4914, align 8
  %4916 = add i64 %4913, %4915
  %4917 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %4916, ptr %4917, align 8
  %4918 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4919 = load i64, ptr %4918, align 8
  %4920 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4921 = load i64, ptr %4920, align 8
  %4922 = xor i64 %4919, %4921
  %4923 = call i64 @rotr64(i64 noundef %4922, i32 noundef 24)
  %4924 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %4923, ptr %4924, align 8
  %4925 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4926 = load i64, ptr %4925, align 8
  %4927 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4928 = load i64, ptr %4927, align 8
  %4929 = add i64 %4926, %4928
  %4930 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 7), align 1
  %4931 = zext i8 %4930 to i64
  %4932 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4931
  %4933 = load i64, ptr %4932, align 8
  %4934 = add i64 %4929, %4933
  %4935 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %4934, ptr %4935, align 8
  %4936 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4937 = load i64, ptr %4936, align 8
  %4938 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %4939 = load i64, ptr %4938, align 8
  %4940 = xor i64 %4937, %4939
  %4941 = call i64 @rotr64(i64 noundef %4940, i32 noundef 16)
  %4942 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %4941, ptr %4942, align 8
  %4943 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4944 = load i64, ptr %4943, align 8
  %4945 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4946 = load i64, ptr %4945, align 8
  %4947 = add i64 %4944, %4946
  %4948 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %4947, ptr %4948, align 8
  %4949 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %4950 = load i64, ptr %4949, align 8
  %4951 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %4952 = load i64, ptr %4951, align 8
  %4953 = xor i64 %4950, %4952
  %4954 = call i64 @rotr64(i64 noundef %4953, i32 noundef 63)
  %4955 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %4954, ptr %4955, align 8
  br label %4956

4956:                                             ; preds = %4893
  br label %4957

4957:                                             ; preds = %4956
  %4958 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4959 = load i64, ptr %4958, align 16
  %4960 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4961 = load i64, ptr %4960, align 8
  %4962 = add i64 %4959, %4961
  %4963 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 8), align 8
  %4964 = zext i8 %4963 to i64
  %4965 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4964
  %4966 = load i64, ptr %4965, align 8
  %4967 = add i64 %4962, %4966
  %4968 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %4967, ptr %4968, align 16
  %4969 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4970 = load i64, ptr %4969, align 8
  %4971 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4972 = load i64, ptr %4971, align 16
  %4973 = xor i64 %4970, %4972
  %4974 = call i64 @rotr64(i64 noundef %4973, i32 noundef 32)
  %4975 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %4974, ptr %4975, align 8
  %4976 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4977 = load i64, ptr %4976, align 16
  %4978 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %4979 = load i64, ptr %4978, align 8
  %4980 = add i64 %4977, %4979
  %4981 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %4980, ptr %4981, align 16
  %4982 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4983 = load i64, ptr %4982, align 8
  %4984 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %4985 = load i64, ptr %4984, align 16
  %4986 = xor i64 %4983, %4985
  %4987 = call i64 @rotr64(i64 noundef %4986, i32 noundef 24)
  %4988 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %4987, ptr %4988, align 8
  %4989 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %4990 = load i64, ptr %4989, align 16
  %4991 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %4992 = load i64, ptr %4991, align 8
  %4993 = add i64 %4990, %4992
  %4994 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 9), align 1
  %4995 = zext i8 %4994 to i64
  %4996 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %4995
  %4997 = load i64, ptr %4996, align 8
  %4998 = add i64 %4993, %4997
  %4999 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %4998, ptr %4999, align 16
  %5000 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5001 = load i64, ptr %5000, align 8
  %5002 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5003 = load i64, ptr %5002, align 16
  %5004 = xor i64 %5001, %5003
  %5005 = call i64 @rotr64(i64 noundef %5004, i32 noundef 16)
  %5006 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %5005, ptr %5006, align 8
  %5007 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5008 = load i64, ptr %5007, align 16
  %5009 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5010 = load i64, ptr %5009, align 8
  %5011 = add i64 %5008, %5010
  %5012 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %5011, ptr %5012, align 16
  %5013 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5014 = load i64, ptr %5013, align 8
  %5015 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5016 = load i64, ptr %5015, align 16
  %5017 = xor i64 %5014, %5016
  %5018 = call i64 @rotr64(i64 noundef %5017, i32 noundef 63)
  %5019 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %5018, ptr %5019, align 8
  br label %5020

5020:                                             ; preds = %4957
  br label %5021

5021:                                             ; preds = %5020
  %5022 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5023 = load i64, ptr %5022, align 8
  %5024 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5025 = load i64, ptr %5024, align 16
  %5026 = add i64 %5023, %5025
  %5027 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 10), align 2
  %5028 = zext i8 %5027 to i64
  %5029 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5028
  %5030 = load i64, ptr %5029, align 8
  %5031 = add i64 %5026, %5030
  %5032 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %5031, ptr %5032, align 8
  %5033 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5034 = load i64, ptr %5033, align 16
  %5035 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5036 = load i64, ptr %5035, align 8
  %5037 = xor i64 %5034, %5036
  %5038 = call i64 @rotr64(i64 noundef %5037, i32 noundef 32)
  %5039 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %5038, ptr %5039, align 16
  %5040 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5041 = load i64, ptr %5040, align 8
  %5042 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5043 = load i64, ptr %5042, align 16
  %5044 = add i64 %5041, %5043
  %5045 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %5044, ptr %5045, align 8
  %5046 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5047 = load i64, ptr %5046, align 16
  %5048 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5049 = load i64, ptr %5048, align 8
  %5050 = xor i64 %5047, %5049
  %5051 = call i64 @rotr64(i64 noundef %5050, i32 noundef 24)
  %5052 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %5051, ptr %5052, align 16
  %5053 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5054 = load i64, ptr %5053, align 8
  %5055 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5056 = load i64, ptr %5055, align 16
  %5057 = add i64 %5054, %5056
  %5058 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 11), align 1
  %5059 = zext i8 %5058 to i64
  %5060 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5059
  %5061 = load i64, ptr %5060, align 8
  %5062 = add i64 %5057, %5061
  %5063 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %5062, ptr %5063, align 8
  %5064 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5065 = load i64, ptr %5064, align 16
  %5066 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5067 = load i64, ptr %5066, align 8
  %5068 = xor i64 %5065, %5067
  %5069 = call i64 @rotr64(i64 noundef %5068, i32 noundef 16)
  %5070 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %5069, ptr %5070, align 16
  %5071 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5072 = load i64, ptr %5071, align 8
  %5073 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5074 = load i64, ptr %5073, align 16
  %5075 = add i64 %5072, %5074
  %5076 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %5075, ptr %5076, align 8
  %5077 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5078 = load i64, ptr %5077, align 16
  %5079 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5080 = load i64, ptr %5079, align 8
  %5081 = xor i64 %5078, %5080
  %5082 = call i64 @rotr64(i64 noundef %5081, i32 noundef 63)
  %5083 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %5082, ptr %5083, align 16
  br label %5084

5084:                                             ; preds = %5021
  br label %5085

5085:                                             ; preds = %5084
  %5086 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5087 = load i64, ptr %5086, align 16
  %5088 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5089 = load i64, ptr %5088, align 8
  %5090 = add i64 %5087, %5089
  %5091 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 12), align 4
  %5092 = zext i8 %5091 to i64
  %5093 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5092
  %5094 = load i64, ptr %5093, align 8
  %5095 = add i64 %5090, %5094
  %5096 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %5095, ptr %5096, align 16
  %5097 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5098 = load i64, ptr %5097, align 8
  %5099 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5100 = load i64, ptr %5099, align 16
  %5101 = xor i64 %5098, %5100
  %5102 = call i64 @rotr64(i64 noundef %5101, i32 noundef 32)
  %5103 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %5102, ptr %5103, align 8
  %5104 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5105 = load i64, ptr %5104, align 16
  %5106 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5107 = load i64, ptr %5106, align 8
  %5108 = add i64 %5105, %5107
  %5109 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %5108, ptr %5109, align 16
  %5110 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5111 = load i64, ptr %5110, align 8
  %5112 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5113 = load i64, ptr %5112, align 16
  %5114 = xor i64 %5111, %5113
  %5115 = call i64 @rotr64(i64 noundef %5114, i32 noundef 24)
  %5116 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %5115, ptr %5116, align 8
  %5117 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5118 = load i64, ptr %5117, align 16
  %5119 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5120 = load i64, ptr %5119, align 8
  %5121 = add i64 %5118, %5120
  %5122 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 13), align 1
  %5123 = zext i8 %5122 to i64
  %5124 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5123
  %5125 = load i64, ptr %5124, align 8
  %5126 = add i64 %5121, %5125
  %5127 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %5126, ptr %5127, align 16
  %5128 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5129 = load i64, ptr %5128, align 8
  %5130 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5131 = load i64, ptr %5130, align 16
  %5132 = xor i64 %5129, %5131
  %5133 = call i64 @rotr64(i64 noundef %5132, i32 noundef 16)
  %5134 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %5133, ptr %5134, align 8
  %5135 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5136 = load i64, ptr %5135, align 16
  %5137 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5138 = load i64, ptr %5137, align 8
  %5139 = add i64 %5136, %5138
  %5140 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %5139, ptr %5140, align 16
  %5141 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5142 = load i64, ptr %5141, align 8
  %5143 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5144 = load i64, ptr %5143, align 16
  %5145 = xor i64 %5142, %5144
  %5146 = call i64 @rotr64(i64 noundef %5145, i32 noundef 63)
  %5147 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %5146, ptr %5147, align 8
  br label %5148

5148:                                             ; preds = %5085
  br label %5149

5149:                                             ; preds = %5148
  %5150 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5151 = load i64, ptr %5150, align 8
  %5152 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5153 = load i64, ptr %5152, align 16
  %5154 = add i64 %5151, %5153
  %5155 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 14), align 2
  %5156 = zext i8 %5155 to i64
  %5157 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5156
  %5158 = load i64, ptr %5157, align 8
  %5159 = add i64 %5154, %5158
  %5160 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %5159, ptr %5160, align 8
  %5161 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5162 = load i64, ptr %5161, align 16
  %5163 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5164 = load i64, ptr %5163, align 8
  %5165 = xor i64 %5162, %5164
  %5166 = call i64 @rotr64(i64 noundef %5165, i32 noundef 32)
  %5167 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %5166, ptr %5167, align 16
  %5168 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5169 = load i64, ptr %5168, align 8
  %5170 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5171 = load i64, ptr %5170, align 16
  %5172 = add i64 %5169, %5171
  %5173 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %5172, ptr %5173, align 8
  %5174 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5175 = load i64, ptr %5174, align 16
  %5176 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5177 = load i64, ptr %5176, align 8
  %5178 = xor i64 %5175, %5177
  %5179 = call i64 @rotr64(i64 noundef %5178, i32 noundef 24)
  %5180 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %5179, ptr %5180, align 16
  %5181 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5182 = load i64, ptr %5181, align 8
  %5183 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5184 = load i64, ptr %5183, align 16
  %5185 = add i64 %5182, %5184
  %5186 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 9), i64 0, i64 15), align 1
  %5187 = zext i8 %5186 to i64
  %5188 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5187
  %5189 = load i64, ptr %5188, align 8
  %5190 = add i64 %5185, %5189
  %5191 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %5190, ptr %5191, align 8
  %5192 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5193 = load i64, ptr %5192, align 16
  %5194 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5195 = load i64, ptr %5194, align 8
  %5196 = xor i64 %5193, %5195
  %5197 = call i64 @rotr64(i64 noundef %5196, i32 noundef 16)
  %5198 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %5197, ptr %5198, align 16
  %5199 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5200 = load i64, ptr %5199, align 8
  %5201 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5202 = load i64, ptr %5201, align 16
  %5203 = add i64 %5200, %5202
  %5204 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %5203, ptr %5204, align 8
  %5205 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5206 = load i64, ptr %5205, align 16
  %5207 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5208 = load i64, ptr %5207, align 8
  %5209 = xor i64 %5206, %5208
  %5210 = call i64 @rotr64(i64 noundef %5209, i32 noundef 63)
  %5211 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %5210, ptr %5211, align 16
  br label %5212

5212:                                             ; preds = %5149
  br label %5213

5213:                                             ; preds = %5212
  br label %5214

5214:                                             ; preds = %5213
  br label %5215

5215:                                             ; preds = %5214
  %5216 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5217 = load i64, ptr %5216, align 16
  %5218 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5219 = load i64, ptr %5218, align 16
  %5220 = add i64 %5217, %5219
  %5221 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), align 16
  %5222 = zext i8 %5221 to i64
  %5223 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5222
  %5224 = load i64, ptr %5223, align 8
  %5225 = add i64 %5220, %5224
  %5226 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %5225, ptr %5226, align 16
  %5227 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5228 = load i64, ptr %5227, align 16
  %5229 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5230 = load i64, ptr %5229, align 16
  %5231 = xor i64 %5228, %5230
  %5232 = call i64 @rotr64(i64 noundef %5231, i32 noundef 32)
  %5233 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %5232, ptr %5233, align 16
  %5234 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5235 = load i64, ptr %5234, align 16
  %5236 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5237 = load i64, ptr %5236, align 16
  %5238 = add i64 %5235, %5237
  %5239 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %5238, ptr %5239, align 16
  %5240 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5241 = load i64, ptr %5240, align 16
  %5242 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5243 = load i64, ptr %5242, align 16
  %5244 = xor i64 %5241, %5243
  %5245 = call i64 @rotr64(i64 noundef %5244, i32 noundef 24)
  %5246 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %5245, ptr %5246, align 16
  %5247 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5248 = load i64, ptr %5247, align 16
  %5249 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5250 = load i64, ptr %5249, align 16
  %5251 = add i64 %5248, %5250
  %5252 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 1), align 1
  %5253 = zext i8 %5252 to i64
  %5254 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5253
  %5255 = load i64, ptr %5254, align 8
  %5256 = add i64 %5251, %5255
  %5257 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %5256, ptr %5257, align 16
  %5258 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5259 = load i64, ptr %5258, align 16
  %5260 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5261 = load i64, ptr %5260, align 16
  %5262 = xor i64 %5259, %5261
  %5263 = call i64 @rotr64(i64 noundef %5262, i32 noundef 16)
  %5264 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %5263, ptr %5264, align 16
  %5265 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5266 = load i64, ptr %5265, align 16
  %5267 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5268 = load i64, ptr %5267, align 16
  %5269 = add i64 %5266, %5268
  %5270 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %5269, ptr %5270, align 16
  %5271 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5272 = load i64, ptr %5271, align 16
  %5273 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5274 = load i64, ptr %5273, align 16
  %5275 = xor i64 %5272, %5274
  %5276 = call i64 @rotr64(i64 noundef %5275, i32 noundef 63)
  %5277 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %5276, ptr %5277, align 16
  br label %5278

5278:                                             ; preds = %5215
  br label %5279

5279:                                             ; preds = %5278
  %5280 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5281 = load i64, ptr %5280, align 8
  %5282 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5283 = load i64, ptr %5282, align 8
  %5284 = add i64 %5281, %5283
  %5285 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 2), align 2
  %5286 = zext i8 %5285 to i64
  %5287 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5286
  %5288 = load i64, ptr %5287, align 8
  %5289 = add i64 %5284, %5288
  %5290 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %5289, ptr %5290, align 8
  %5291 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5292 = load i64, ptr %5291, align 8
  %5293 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5294 = load i64, ptr %5293, align 8
  %5295 = xor i64 %5292, %5294
  %5296 = call i64 @rotr64(i64 noundef %5295, i32 noundef 32)
  %5297 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %5296, ptr %5297, align 8
  %5298 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5299 = load i64, ptr %5298, align 8
  %5300 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5301 = load i64, ptr %5300, align 8
  %5302 = add i64 %5299, %5301
  %5303 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %5302, ptr %5303, align 8
  %5304 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5305 = load i64, ptr %5304, align 8
  %5306 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5307 = load i64, ptr %5306, align 8
  %5308 = xor i64 %5305, %5307
  %5309 = call i64 @rotr64(i64 noundef %5308, i32 noundef 24)
  %5310 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %5309, ptr %5310, align 8
  %5311 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5312 = load i64, ptr %5311, align 8
  %5313 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5314 = load i64, ptr %5313, align 8
  %5315 = add i64 %5312, %5314
  %5316 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 3), align 1
  %5317 = zext i8 %5316 to i64
  %5318 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5317
  %5319 = load i64, ptr %5318, align 8
  %5320 = add i64 %5315, %5319
  %5321 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %5320, ptr %5321, align 8
  %5322 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5323 = load i64, ptr %5322, align 8
  %5324 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5325 = load i64, ptr %5324, align 8
  %5326 = xor i64 %5323, %5325
  %5327 = call i64 @rotr64(i64 noundef %5326, i32 noundef 16)
  %5328 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %5327, ptr %5328, align 8
  %5329 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5330 = load i64, ptr %5329, align 8
  %5331 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5332 = load i64, ptr %5331, align 8
  %5333 = add i64 %5330, %5332
  %5334 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %5333, ptr %5334, align 8
  %5335 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5336 = load i64, ptr %5335, align 8
  %5337 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5338 = load i64, ptr %5337, align 8
  %5339 = xor i64 %5336, %5338
  %5340 = call i64 @rotr64(i64 noundef %5339, i32 noundef 63)
  %5341 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %5340, ptr %5341, align 8
  br label %5342

5342:                                             ; preds = %5279
  br label %5343

5343:                                             ; preds = %5342
  %5344 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5345 = load i64, ptr %5344, align 16
  %5346 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5347 = load i64, ptr %5346, align 16
  %5348 = add i64 %5345, %5347
  %5349 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 4), align 4
  %5350 = zext i8 %5349 to i64
  %5351 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5350
  %5352 = load i64, ptr %5351, align 8
  %5353 = add i64 %5348, %5352
  %5354 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %5353, ptr %5354, align 16
  %5355 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5356 = load i64, ptr %5355, align 16
  %5357 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5358 = load i64, ptr %5357, align 16
  %5359 = xor i64 %5356, %5358
  %5360 = call i64 @rotr64(i64 noundef %5359, i32 noundef 32)
  %5361 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %5360, ptr %5361, align 16
  %5362 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5363 = load i64, ptr %5362, align 16
  %5364 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5365 = load i64, ptr %5364, align 16
  %5366 = add i64 %5363, %5365
  %5367 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %5366, ptr %5367, align 16
  %5368 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5369 = load i64, ptr %5368, align 16
  %5370 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5371 = load i64, ptr %5370, align 16
  %5372 = xor i64 %5369, %5371
  %5373 = call i64 @rotr64(i64 noundef %5372, i32 noundef 24)
  %5374 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %5373, ptr %5374, align 16
  %5375 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5376 = load i64, ptr %5375, align 16
  %5377 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5378 = load i64, ptr %5377, align 16
  %5379 = add i64 %5376, %5378
  %5380 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 5), align 1
  %5381 = zext i8 %5380 to i64
  %5382 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5381
  %5383 = load i64, ptr %5382, align 8
  %5384 = add i64 %5379, %5383
  %5385 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %5384, ptr %5385, align 16
  %5386 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5387 = load i64, ptr %5386, align 16
  %5388 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5389 = load i64, ptr %5388, align 16
  %5390 = xor i64 %5387, %5389
  %5391 = call i64 @rotr64(i64 noundef %5390, i32 noundef 16)
  %5392 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %5391, ptr %5392, align 16
  %5393 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5394 = load i64, ptr %5393, align 16
  %5395 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5396 = load i64, ptr %5395, align 16
  %5397 = add i64 %5394, %5396
  %5398 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %5397, ptr %5398, align 16
  %5399 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5400 = load i64, ptr %5399, align 16
  %5401 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5402 = load i64, ptr %5401, align 16
  %5403 = xor i64 %5400, %5402
  %5404 = call i64 @rotr64(i64 noundef %5403, i32 noundef 63)
  %5405 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %5404, ptr %5405, align 16
  br label %5406

5406:                                             ; preds = %5343
  br label %5407

5407:                                             ; preds = %5406
  %5408 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5409 = load i64, ptr %5408, align 8
  %5410 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5411 = load i64, ptr %5410, align 8
  %5412 = add i64 %5409, %5411
  %5413 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 6), align 2
  %5414 = zext i8 %5413 to i64
  %5415 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5414
  %5416 = load i64, ptr %5415, align 8
  %5417 = add i64 %5412, %5416
  %5418 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %5417, ptr %5418, align 8
  %5419 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5420 = load i64, ptr %5419, align 8
  %5421 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5422 = load i64, ptr %5421, align 8
  %5423 = xor i64 %5420, %5422
  %5424 = call i64 @rotr64(i64 noundef %5423, i32 noundef 32)
  %5425 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %5424, ptr %5425, align 8
  %5426 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5427 = load i64, ptr %5426, align 8
  %5428 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5429 = load i64, ptr %5428, align 8
  %5430 = add i64 %5427, %5429
  %5431 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %5430, ptr %5431, align 8
  %5432 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5433 = load i64, ptr %5432, align 8
  %5434 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5435 = load i64, ptr %5434, align 8
  %5436 = xor i64 %5433, %5435
  %5437 = call i64 @rotr64(i64 noundef %5436, i32 noundef 24)
  %5438 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %5437, ptr %5438, align 8
  %5439 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5440 = load i64, ptr %5439, align 8
  %5441 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5442 = load i64, ptr %5441, align 8
  %5443 = add i64 %5440, %5442
  %5444 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 7), align 1
  %5445 = zext i8 %5444 to i64
  %5446 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5445
  %5447 = load i64, ptr %5446, align 8
  %5448 = add i64 %5443, %5447
  %5449 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %5448, ptr %5449, align 8
  %5450 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5451 = load i64, ptr %5450, align 8
  %5452 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5453 = load i64, ptr %5452, align 8
  %5454 = xor i64 %5451, %5453
  %5455 = call i64 @rotr64(i64 noundef %5454, i32 noundef 16)
  %5456 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %5455, ptr %5456, align 8
  %5457 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5458 = load i64, ptr %5457, align 8
  %5459 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5460 = load i64, ptr %5459, align 8
  %5461 = add i64 %5458, %5460
  %5462 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %5461, ptr %5462, align 8
  %5463 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5464 = load i64, ptr %5463, align 8
  %5465 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5466 = load i64, ptr %5465, align 8
  %5467 = xor i64 %5464, %5466
  %5468 = call i64 @rotr64(i64 noundef %5467, i32 noundef 63)
  %5469 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %5468, ptr %5469, align 8
  br label %5470

5470:                                             ; preds = %5407
  br label %5471

5471:                                             ; preds = %5470
  %5472 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5473 = load i64, ptr %5472, align 16
  %5474 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5475 = load i64, ptr %5474, align 8
  %5476 = add i64 %5473, %5475
  %5477 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 8), align 8
  %5478 = zext i8 %5477 to i64
  %5479 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5478
  %5480 = load i64, ptr %5479, align 8
  %5481 = add i64 %5476, %5480
  %5482 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %5481, ptr %5482, align 16
  %5483 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5484 = load i64, ptr %5483, align 8
  %5485 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5486 = load i64, ptr %5485, align 16
  %5487 = xor i64 %5484, %5486
  %5488 = call i64 @rotr64(i64 noundef %5487, i32 noundef 32)
  %5489 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %5488, ptr %5489, align 8
  %5490 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5491 = load i64, ptr %5490, align 16
  %5492 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5493 = load i64, ptr %5492, align 8
  %5494 = add i64 %5491, %5493
  %5495 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %5494, ptr %5495, align 16
  %5496 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5497 = load i64, ptr %5496, align 8
  %5498 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5499 = load i64, ptr %5498, align 16
  %5500 = xor i64 %5497, %5499
  %5501 = call i64 @rotr64(i64 noundef %5500, i32 noundef 24)
  %5502 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %5501, ptr %5502, align 8
  %5503 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5504 = load i64, ptr %5503, align 16
  %5505 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5506 = load i64, ptr %5505, align 8
  %5507 = add i64 %5504, %5506
  %5508 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 9), align 1
  %5509 = zext i8 %5508 to i64
  %5510 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5509
  %5511 = load i64, ptr %5510, align 8
  %5512 = add i64 %5507, %5511
  %5513 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %5512, ptr %5513, align 16
  %5514 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5515 = load i64, ptr %5514, align 8
  %5516 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5517 = load i64, ptr %5516, align 16
  %5518 = xor i64 %5515, %5517
  %5519 = call i64 @rotr64(i64 noundef %5518, i32 noundef 16)
  %5520 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %5519, ptr %5520, align 8
  %5521 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5522 = load i64, ptr %5521, align 16
  %5523 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5524 = load i64, ptr %5523, align 8
  %5525 = add i64 %5522, %5524
  %5526 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %5525, ptr %5526, align 16
  %5527 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5528 = load i64, ptr %5527, align 8
  %5529 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5530 = load i64, ptr %5529, align 16
  %5531 = xor i64 %5528, %5530
  %5532 = call i64 @rotr64(i64 noundef %5531, i32 noundef 63)
  %5533 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %5532, ptr %5533, align 8
  br label %5534

5534:                                             ; preds = %5471
  br label %5535

5535:                                             ; preds = %5534
  %5536 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5537 = load i64, ptr %5536, align 8
  %5538 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5539 = load i64, ptr %5538, align 16
  %5540 = add i64 %5537, %5539
  %5541 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 10), align 2
  %5542 = zext i8 %5541 to i64
  %5543 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5542
  %5544 = load i64, ptr %5543, align 8
  %5545 = add i64 %5540, %5544
  %5546 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %5545, ptr %5546, align 8
  %5547 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5548 = load i64, ptr %5547, align 16
  %5549 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5550 = load i64, ptr %5549, align 8
  %5551 = xor i64 %5548, %5550
  %5552 = call i64 @rotr64(i64 noundef %5551, i32 noundef 32)
  %5553 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %5552, ptr %5553, align 16
  %5554 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5555 = load i64, ptr %5554, align 8
  %5556 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5557 = load i64, ptr %5556, align 16
  %5558 = add i64 %5555, %5557
  %5559 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %5558, ptr %5559, align 8
  %5560 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5561 = load i64, ptr %5560, align 16
  %5562 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5563 = load i64, ptr %5562, align 8
  %5564 = xor i64 %5561, %5563
  %5565 = call i64 @rotr64(i64 noundef %5564, i32 noundef 24)
  %5566 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %5565, ptr %5566, align 16
  %5567 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5568 = load i64, ptr %5567, align 8
  %5569 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5570 = load i64, ptr %5569, align 16
  %5571 = add i64 %5568, %5570
  %5572 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 11), align 1
  %5573 = zext i8 %5572 to i64
  %5574 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5573
  %5575 = load i64, ptr %5574, align 8
  %5576 = add i64 %5571, %5575
  %5577 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %5576, ptr %5577, align 8
  %5578 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5579 = load i64, ptr %5578, align 16
  %5580 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5581 = load i64, ptr %5580, align 8
  %5582 = xor i64 %5579, %5581
  %5583 = call i64 @rotr64(i64 noundef %5582, i32 noundef 16)
  %5584 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %5583, ptr %5584, align 16
  %5585 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5586 = load i64, ptr %5585, align 8
  %5587 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5588 = load i64, ptr %5587, align 16
  %5589 = add i64 %5586, %5588
  %5590 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %5589, ptr %5590, align 8
  %5591 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5592 = load i64, ptr %5591, align 16
  %5593 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5594 = load i64, ptr %5593, align 8
  %5595 = xor i64 %5592, %5594
  %5596 = call i64 @rotr64(i64 noundef %5595, i32 noundef 63)
  %5597 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %5596, ptr %5597, align 16
  br label %5598

5598:                                             ; preds = %5535
  br label %5599

5599:                                             ; preds = %5598
  %5600 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5601 = load i64, ptr %5600, align 16
  %5602 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5603 = load i64, ptr %5602, align 8
  %5604 = add i64 %5601, %5603
  %5605 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 12), align 4
  %5606 = zext i8 %5605 to i64
  %5607 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5606
  %5608 = load i64, ptr %5607, align 8
  %5609 = add i64 %5604, %5608
  %5610 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %5609, ptr %5610, align 16
  %5611 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5612 = load i64, ptr %5611, align 8
  %5613 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5614 = load i64, ptr %5613, align 16
  %5615 = xor i64 %5612, %5614
  %5616 = call i64 @rotr64(i64 noundef %5615, i32 noundef 32)
  %5617 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %5616, ptr %5617, align 8
  %5618 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5619 = load i64, ptr %5618, align 16
  %5620 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5621 = load i64, ptr %5620, align 8
  %5622 = add i64 %5619, %5621
  %5623 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %5622, ptr %5623, align 16
  %5624 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5625 = load i64, ptr %5624, align 8
  %5626 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5627 = load i64, ptr %5626, align 16
  %5628 = xor i64 %5625, %5627
  %5629 = call i64 @rotr64(i64 noundef %5628, i32 noundef 24)
  %5630 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %5629, ptr %5630, align 8
  %5631 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5632 = load i64, ptr %5631, align 16
  %5633 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5634 = load i64, ptr %5633, align 8
  %5635 = add i64 %5632, %5634
  %5636 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 13), align 1
  %5637 = zext i8 %5636 to i64
  %5638 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5637
  %5639 = load i64, ptr %5638, align 8
  %5640 = add i64 %5635, %5639
  %5641 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %5640, ptr %5641, align 16
  %5642 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5643 = load i64, ptr %5642, align 8
  %5644 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5645 = load i64, ptr %5644, align 16
  %5646 = xor i64 %5643, %5645
  %5647 = call i64 @rotr64(i64 noundef %5646, i32 noundef 16)
  %5648 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %5647, ptr %5648, align 8
  %5649 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5650 = load i64, ptr %5649, align 16
  %5651 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5652 = load i64, ptr %5651, align 8
  %5653 = add i64 %5650, %5652
  %5654 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %5653, ptr %5654, align 16
  %5655 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5656 = load i64, ptr %5655, align 8
  %5657 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5658 = load i64, ptr %5657, align 16
  %5659 = xor i64 %5656, %5658
  %5660 = call i64 @rotr64(i64 noundef %5659, i32 noundef 63)
  %5661 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %5660, ptr %5661, align 8
  br label %5662

5662:                                             ; preds = %5599
  br label %5663

5663:                                             ; preds = %5662
  %5664 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5665 = load i64, ptr %5664, align 8
  %5666 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5667 = load i64, ptr %5666, align 16
  %5668 = add i64 %5665, %5667
  %5669 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 14), align 2
  %5670 = zext i8 %5669 to i64
  %5671 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5670
  %5672 = load i64, ptr %5671, align 8
  %5673 = add i64 %5668, %5672
  %5674 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %5673, ptr %5674, align 8
  %5675 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5676 = load i64, ptr %5675, align 16
  %5677 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5678 = load i64, ptr %5677, align 8
  %5679 = xor i64 %5676, %5678
  %5680 = call i64 @rotr64(i64 noundef %5679, i32 noundef 32)
  %5681 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %5680, ptr %5681, align 16
  %5682 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5683 = load i64, ptr %5682, align 8
  %5684 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5685 = load i64, ptr %5684, align 16
  %5686 = add i64 %5683, %5685
  %5687 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %5686, ptr %5687, align 8
  %5688 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5689 = load i64, ptr %5688, align 16
  %5690 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5691 = load i64, ptr %5690, align 8
  %5692 = xor i64 %5689, %5691
  %5693 = call i64 @rotr64(i64 noundef %5692, i32 noundef 24)
  %5694 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %5693, ptr %5694, align 16
  %5695 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5696 = load i64, ptr %5695, align 8
  %5697 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5698 = load i64, ptr %5697, align 16
  %5699 = add i64 %5696, %5698
  %5700 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 10), i64 0, i64 15), align 1
  %5701 = zext i8 %5700 to i64
  %5702 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5701
  %5703 = load i64, ptr %5702, align 8
  %5704 = add i64 %5699, %5703
  %5705 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %5704, ptr %5705, align 8
  %5706 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5707 = load i64, ptr %5706, align 16
  %5708 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5709 = load i64, ptr %5708, align 8
  %5710 = xor i64 %5707, %5709
  %5711 = call i64 @rotr64(i64 noundef %5710, i32 noundef 16)
  %5712 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %5711, ptr %5712, align 16
  %5713 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5714 = load i64, ptr %5713, align 8
  %5715 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5716 = load i64, ptr %5715, align 16
  %5717 = add i64 %5714, %5716
  %5718 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %5717, ptr %5718, align 8
  %5719 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5720 = load i64, ptr %5719, align 16
  %5721 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5722 = load i64, ptr %5721, align 8
  %5723 = xor i64 %5720, %5722
  %5724 = call i64 @rotr64(i64 noundef %5723, i32 noundef 63)
  %5725 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %5724, ptr %5725, align 16
  br label %5726

5726:                                             ; preds = %5663
  br label %5727

5727:                                             ; preds = %5726
  br label %5728

5728:                                             ; preds = %5727
  br label %5729

5729:                                             ; preds = %5728
  %5730 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5731 = load i64, ptr %5730, align 16
  %5732 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5733 = load i64, ptr %5732, align 16
  %5734 = add i64 %5731, %5733
  %5735 = load i8, ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), align 16
  %5736 = zext i8 %5735 to i64
  %5737 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5736
  %5738 = load i64, ptr %5737, align 8
  %5739 = add i64 %5734, %5738
  %5740 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %5739, ptr %5740, align 16
  %5741 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5742 = load i64, ptr %5741, align 16
  %5743 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5744 = load i64, ptr %5743, align 16
  %5745 = xor i64 %5742, %5744
  %5746 = call i64 @rotr64(i64 noundef %5745, i32 noundef 32)
  %5747 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %5746, ptr %5747, align 16
  %5748 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5749 = load i64, ptr %5748, align 16
  %5750 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5751 = load i64, ptr %5750, align 16
  %5752 = add i64 %5749, %5751
  %5753 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %5752, ptr %5753, align 16
  %5754 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5755 = load i64, ptr %5754, align 16
  %5756 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5757 = load i64, ptr %5756, align 16
  %5758 = xor i64 %5755, %5757
  %5759 = call i64 @rotr64(i64 noundef %5758, i32 noundef 24)
  %5760 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %5759, ptr %5760, align 16
  %5761 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5762 = load i64, ptr %5761, align 16
  %5763 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5764 = load i64, ptr %5763, align 16
  %5765 = add i64 %5762, %5764
  %5766 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 1), align 1
  %5767 = zext i8 %5766 to i64
  %5768 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5767
  %5769 = load i64, ptr %5768, align 8
  %5770 = add i64 %5765, %5769
  %5771 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %5770, ptr %5771, align 16
  %5772 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5773 = load i64, ptr %5772, align 16
  %5774 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5775 = load i64, ptr %5774, align 16
  %5776 = xor i64 %5773, %5775
  %5777 = call i64 @rotr64(i64 noundef %5776, i32 noundef 16)
  %5778 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %5777, ptr %5778, align 16
  %5779 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5780 = load i64, ptr %5779, align 16
  %5781 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %5782 = load i64, ptr %5781, align 16
  %5783 = add i64 %5780, %5782
  %5784 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %5783, ptr %5784, align 16
  %5785 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %5786 = load i64, ptr %5785, align 16
  %5787 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %5788 = load i64, ptr %5787, align 16
  %5789 = xor i64 %5786, %5788
  %5790 = call i64 @rotr64(i64 noundef %5789, i32 noundef 63)
  %5791 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %5790, ptr %5791, align 16
  br label %5792

5792:                                             ; preds = %5729
  br label %5793

5793:                                             ; preds = %5792
  %5794 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5795 = load i64, ptr %5794, align 8
  %5796 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5797 = load i64, ptr %5796, align 8
  %5798 = add i64 %5795, %5797
  %5799 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 2), align 2
  %5800 = zext i8 %5799 to i64
  %5801 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5800
  %5802 = load i64, ptr %5801, align 8
  %5803 = add i64 %5798, %5802
  %5804 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %5803, ptr %5804, align 8
  %5805 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5806 = load i64, ptr %5805, align 8
  %5807 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5808 = load i64, ptr %5807, align 8
  %5809 = xor i64 %5806, %5808
  %5810 = call i64 @rotr64(i64 noundef %5809, i32 noundef 32)
  %5811 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %5810, ptr %5811, align 8
  %5812 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5813 = load i64, ptr %5812, align 8
  %5814 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5815 = load i64, ptr %5814, align 8
  %5816 = add i64 %5813, %5815
  %5817 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %5816, ptr %5817, align 8
  %5818 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5819 = load i64, ptr %5818, align 8
  %5820 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5821 = load i64, ptr %5820, align 8
  %5822 = xor i64 %5819, %5821
  %5823 = call i64 @rotr64(i64 noundef %5822, i32 noundef 24)
  %5824 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %5823, ptr %5824, align 8
  %5825 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5826 = load i64, ptr %5825, align 8
  %5827 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5828 = load i64, ptr %5827, align 8
  %5829 = add i64 %5826, %5828
  %5830 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 3), align 1
  %5831 = zext i8 %5830 to i64
  %5832 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5831
  %5833 = load i64, ptr %5832, align 8
  %5834 = add i64 %5829, %5833
  %5835 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %5834, ptr %5835, align 8
  %5836 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5837 = load i64, ptr %5836, align 8
  %5838 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %5839 = load i64, ptr %5838, align 8
  %5840 = xor i64 %5837, %5839
  %5841 = call i64 @rotr64(i64 noundef %5840, i32 noundef 16)
  %5842 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %5841, ptr %5842, align 8
  %5843 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5844 = load i64, ptr %5843, align 8
  %5845 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %5846 = load i64, ptr %5845, align 8
  %5847 = add i64 %5844, %5846
  %5848 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %5847, ptr %5848, align 8
  %5849 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5850 = load i64, ptr %5849, align 8
  %5851 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %5852 = load i64, ptr %5851, align 8
  %5853 = xor i64 %5850, %5852
  %5854 = call i64 @rotr64(i64 noundef %5853, i32 noundef 63)
  %5855 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %5854, ptr %5855, align 8
  br label %5856

5856:                                             ; preds = %5793
  br label %5857

5857:                                             ; preds = %5856
  %5858 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5859 = load i64, ptr %5858, align 16
  %5860 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5861 = load i64, ptr %5860, align 16
  %5862 = add i64 %5859, %5861
  %5863 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 4), align 4
  %5864 = zext i8 %5863 to i64
  %5865 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5864
  %5866 = load i64, ptr %5865, align 8
  %5867 = add i64 %5862, %5866
  %5868 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %5867, ptr %5868, align 16
  %5869 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5870 = load i64, ptr %5869, align 16
  %5871 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5872 = load i64, ptr %5871, align 16
  %5873 = xor i64 %5870, %5872
  %5874 = call i64 @rotr64(i64 noundef %5873, i32 noundef 32)
  %5875 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %5874, ptr %5875, align 16
  %5876 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5877 = load i64, ptr %5876, align 16
  %5878 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5879 = load i64, ptr %5878, align 16
  %5880 = add i64 %5877, %5879
  %5881 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %5880, ptr %5881, align 16
  %5882 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5883 = load i64, ptr %5882, align 16
  %5884 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5885 = load i64, ptr %5884, align 16
  %5886 = xor i64 %5883, %5885
  %5887 = call i64 @rotr64(i64 noundef %5886, i32 noundef 24)
  %5888 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %5887, ptr %5888, align 16
  %5889 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5890 = load i64, ptr %5889, align 16
  %5891 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5892 = load i64, ptr %5891, align 16
  %5893 = add i64 %5890, %5892
  %5894 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 5), align 1
  %5895 = zext i8 %5894 to i64
  %5896 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5895
  %5897 = load i64, ptr %5896, align 8
  %5898 = add i64 %5893, %5897
  %5899 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %5898, ptr %5899, align 16
  %5900 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5901 = load i64, ptr %5900, align 16
  %5902 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %5903 = load i64, ptr %5902, align 16
  %5904 = xor i64 %5901, %5903
  %5905 = call i64 @rotr64(i64 noundef %5904, i32 noundef 16)
  %5906 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %5905, ptr %5906, align 16
  %5907 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5908 = load i64, ptr %5907, align 16
  %5909 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %5910 = load i64, ptr %5909, align 16
  %5911 = add i64 %5908, %5910
  %5912 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %5911, ptr %5912, align 16
  %5913 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %5914 = load i64, ptr %5913, align 16
  %5915 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %5916 = load i64, ptr %5915, align 16
  %5917 = xor i64 %5914, %5916
  %5918 = call i64 @rotr64(i64 noundef %5917, i32 noundef 63)
  %5919 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %5918, ptr %5919, align 16
  br label %5920

5920:                                             ; preds = %5857
  br label %5921

5921:                                             ; preds = %5920
  %5922 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5923 = load i64, ptr %5922, align 8
  %5924 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5925 = load i64, ptr %5924, align 8
  %5926 = add i64 %5923, %5925
  %5927 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 6), align 2
  %5928 = zext i8 %5927 to i64
  %5929 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5928
  %5930 = load i64, ptr %5929, align 8
  %5931 = add i64 %5926, %5930
  %5932 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %5931, ptr %5932, align 8
  %5933 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5934 = load i64, ptr %5933, align 8
  %5935 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5936 = load i64, ptr %5935, align 8
  %5937 = xor i64 %5934, %5936
  %5938 = call i64 @rotr64(i64 noundef %5937, i32 noundef 32)
  %5939 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %5938, ptr %5939, align 8
  %5940 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5941 = load i64, ptr %5940, align 8
  %5942 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5943 = load i64, ptr %5942, align 8
  %5944 = add i64 %5941, %5943
  %5945 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %5944, ptr %5945, align 8
  %5946 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5947 = load i64, ptr %5946, align 8
  %5948 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5949 = load i64, ptr %5948, align 8
  %5950 = xor i64 %5947, %5949
  %5951 = call i64 @rotr64(i64 noundef %5950, i32 noundef 24)
  %5952 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %5951, ptr %5952, align 8
  %5953 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5954 = load i64, ptr %5953, align 8
  %5955 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5956 = load i64, ptr %5955, align 8
  %5957 = add i64 %5954, %5956
  %5958 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 7), align 1
  %5959 = zext i8 %5958 to i64
  %5960 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5959
  %5961 = load i64, ptr %5960, align 8
  %5962 = add i64 %5957, %5961
  %5963 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %5962, ptr %5963, align 8
  %5964 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5965 = load i64, ptr %5964, align 8
  %5966 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %5967 = load i64, ptr %5966, align 8
  %5968 = xor i64 %5965, %5967
  %5969 = call i64 @rotr64(i64 noundef %5968, i32 noundef 16)
  %5970 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %5969, ptr %5970, align 8
  %5971 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5972 = load i64, ptr %5971, align 8
  %5973 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5974 = load i64, ptr %5973, align 8
  %5975 = add i64 %5972, %5974
  %5976 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %5975, ptr %5976, align 8
  %5977 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %5978 = load i64, ptr %5977, align 8
  %5979 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %5980 = load i64, ptr %5979, align 8
  %5981 = xor i64 %5978, %5980
  %5982 = call i64 @rotr64(i64 noundef %5981, i32 noundef 63)
  %5983 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %5982, ptr %5983, align 8
  br label %5984

5984:                                             ; preds = %5921
  br label %5985

5985:                                             ; preds = %5984
  %5986 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %5987 = load i64, ptr %5986, align 16
  %5988 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %5989 = load i64, ptr %5988, align 8
  %5990 = add i64 %5987, %5989
  %5991 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 8), align 8
  %5992 = zext i8 %5991 to i64
  %5993 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %5992
  %5994 = load i64, ptr %5993, align 8
  %5995 = add i64 %5990, %5994
  %5996 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %5995, ptr %5996, align 16
  %5997 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %5998 = load i64, ptr %5997, align 8
  %5999 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %6000 = load i64, ptr %5999, align 16
  %6001 = xor i64 %5998, %6000
  %6002 = call i64 @rotr64(i64 noundef %6001, i32 noundef 32)
  %6003 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %6002, ptr %6003, align 8
  %6004 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %6005 = load i64, ptr %6004, align 16
  %6006 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %6007 = load i64, ptr %6006, align 8
  %6008 = add i64 %6005, %6007
  %6009 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %6008, ptr %6009, align 16
  %6010 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %6011 = load i64, ptr %6010, align 8
  %6012 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %6013 = load i64, ptr %6012, align 16
  %6014 = xor i64 %6011, %6013
  %6015 = call i64 @rotr64(i64 noundef %6014, i32 noundef 24)
  %6016 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %6015, ptr %6016, align 8
  %6017 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %6018 = load i64, ptr %6017, align 16
  %6019 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %6020 = load i64, ptr %6019, align 8
  %6021 = add i64 %6018, %6020
  %6022 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 9), align 1
  %6023 = zext i8 %6022 to i64
  %6024 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %6023
  %6025 = load i64, ptr %6024, align 8
  %6026 = add i64 %6021, %6025
  %6027 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  store i64 %6026, ptr %6027, align 16
  %6028 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %6029 = load i64, ptr %6028, align 8
  %6030 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 0
  %6031 = load i64, ptr %6030, align 16
  %6032 = xor i64 %6029, %6031
  %6033 = call i64 @rotr64(i64 noundef %6032, i32 noundef 16)
  %6034 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  store i64 %6033, ptr %6034, align 8
  %6035 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %6036 = load i64, ptr %6035, align 16
  %6037 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 15
  %6038 = load i64, ptr %6037, align 8
  %6039 = add i64 %6036, %6038
  %6040 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  store i64 %6039, ptr %6040, align 16
  %6041 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  %6042 = load i64, ptr %6041, align 8
  %6043 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 10
  %6044 = load i64, ptr %6043, align 16
  %6045 = xor i64 %6042, %6044
  %6046 = call i64 @rotr64(i64 noundef %6045, i32 noundef 63)
  %6047 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 5
  store i64 %6046, ptr %6047, align 8
  br label %6048

6048:                                             ; preds = %5985
  br label %6049

6049:                                             ; preds = %6048
  %6050 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %6051 = load i64, ptr %6050, align 8
  %6052 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %6053 = load i64, ptr %6052, align 16
  %6054 = add i64 %6051, %6053
  %6055 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 10), align 2
  %6056 = zext i8 %6055 to i64
  %6057 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %6056
  %6058 = load i64, ptr %6057, align 8
  %6059 = add i64 %6054, %6058
  %6060 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %6059, ptr %6060, align 8
  %6061 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %6062 = load i64, ptr %6061, align 16
  %6063 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %6064 = load i64, ptr %6063, align 8
  %6065 = xor i64 %6062, %6064
  %6066 = call i64 @rotr64(i64 noundef %6065, i32 noundef 32)
  %6067 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %6066, ptr %6067, align 16
  %6068 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %6069 = load i64, ptr %6068, align 8
  %6070 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %6071 = load i64, ptr %6070, align 16
  %6072 = add i64 %6069, %6071
  %6073 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %6072, ptr %6073, align 8
  %6074 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %6075 = load i64, ptr %6074, align 16
  %6076 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %6077 = load i64, ptr %6076, align 8
  %6078 = xor i64 %6075, %6077
  %6079 = call i64 @rotr64(i64 noundef %6078, i32 noundef 24)
  %6080 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %6079, ptr %6080, align 16
  %6081 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %6082 = load i64, ptr %6081, align 8
  %6083 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %6084 = load i64, ptr %6083, align 16
  %6085 = add i64 %6082, %6084
  %6086 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 11), align 1
  %6087 = zext i8 %6086 to i64
  %6088 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %6087
  %6089 = load i64, ptr %6088, align 8
  %6090 = add i64 %6085, %6089
  %6091 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  store i64 %6090, ptr %6091, align 8
  %6092 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %6093 = load i64, ptr %6092, align 16
  %6094 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 1
  %6095 = load i64, ptr %6094, align 8
  %6096 = xor i64 %6093, %6095
  %6097 = call i64 @rotr64(i64 noundef %6096, i32 noundef 16)
  %6098 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  store i64 %6097, ptr %6098, align 16
  %6099 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %6100 = load i64, ptr %6099, align 8
  %6101 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 12
  %6102 = load i64, ptr %6101, align 16
  %6103 = add i64 %6100, %6102
  %6104 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  store i64 %6103, ptr %6104, align 8
  %6105 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  %6106 = load i64, ptr %6105, align 16
  %6107 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 11
  %6108 = load i64, ptr %6107, align 8
  %6109 = xor i64 %6106, %6108
  %6110 = call i64 @rotr64(i64 noundef %6109, i32 noundef 63)
  %6111 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 6
  store i64 %6110, ptr %6111, align 16
  br label %6112

6112:                                             ; preds = %6049
  br label %6113

6113:                                             ; preds = %6112
  %6114 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %6115 = load i64, ptr %6114, align 16
  %6116 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %6117 = load i64, ptr %6116, align 8
  %6118 = add i64 %6115, %6117
  %6119 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 12), align 4
  %6120 = zext i8 %6119 to i64
  %6121 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %6120
  %6122 = load i64, ptr %6121, align 8
  %6123 = add i64 %6118, %6122
  %6124 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %6123, ptr %6124, align 16
  %6125 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %6126 = load i64, ptr %6125, align 8
  %6127 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %6128 = load i64, ptr %6127, align 16
  %6129 = xor i64 %6126, %6128
  %6130 = call i64 @rotr64(i64 noundef %6129, i32 noundef 32)
  %6131 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %6130, ptr %6131, align 8
  %6132 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %6133 = load i64, ptr %6132, align 16
  %6134 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %6135 = load i64, ptr %6134, align 8
  %6136 = add i64 %6133, %6135
  %6137 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %6136, ptr %6137, align 16
  %6138 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %6139 = load i64, ptr %6138, align 8
  %6140 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %6141 = load i64, ptr %6140, align 16
  %6142 = xor i64 %6139, %6141
  %6143 = call i64 @rotr64(i64 noundef %6142, i32 noundef 24)
  %6144 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %6143, ptr %6144, align 8
  %6145 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %6146 = load i64, ptr %6145, align 16
  %6147 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %6148 = load i64, ptr %6147, align 8
  %6149 = add i64 %6146, %6148
  %6150 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 13), align 1
  %6151 = zext i8 %6150 to i64
  %6152 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %6151
  %6153 = load i64, ptr %6152, align 8
  %6154 = add i64 %6149, %6153
  %6155 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  store i64 %6154, ptr %6155, align 16
  %6156 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %6157 = load i64, ptr %6156, align 8
  %6158 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 2
  %6159 = load i64, ptr %6158, align 16
  %6160 = xor i64 %6157, %6159
  %6161 = call i64 @rotr64(i64 noundef %6160, i32 noundef 16)
  %6162 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  store i64 %6161, ptr %6162, align 8
  %6163 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %6164 = load i64, ptr %6163, align 16
  %6165 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 13
  %6166 = load i64, ptr %6165, align 8
  %6167 = add i64 %6164, %6166
  %6168 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  store i64 %6167, ptr %6168, align 16
  %6169 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  %6170 = load i64, ptr %6169, align 8
  %6171 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 8
  %6172 = load i64, ptr %6171, align 16
  %6173 = xor i64 %6170, %6172
  %6174 = call i64 @rotr64(i64 noundef %6173, i32 noundef 63)
  %6175 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 7
  store i64 %6174, ptr %6175, align 8
  br label %6176

6176:                                             ; preds = %6113
  br label %6177

6177:                                             ; preds = %6176
  %6178 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %6179 = load i64, ptr %6178, align 8
  %6180 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %6181 = load i64, ptr %6180, align 16
  %6182 = add i64 %6179, %6181
  %6183 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 14), align 2
  %6184 = zext i8 %6183 to i64
  %6185 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %6184
  %6186 = load i64, ptr %6185, align 8
  %6187 = add i64 %6182, %6186
  %6188 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %6187, ptr %6188, align 8
  %6189 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %6190 = load i64, ptr %6189, align 16
  %6191 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %6192 = load i64, ptr %6191, align 8
  %6193 = xor i64 %6190, %6192
  %6194 = call i64 @rotr64(i64 noundef %6193, i32 noundef 32)
  %6195 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %6194, ptr %6195, align 16
  %6196 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %6197 = load i64, ptr %6196, align 8
  %6198 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %6199 = load i64, ptr %6198, align 16
  %6200 = add i64 %6197, %6199
  %6201 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %6200, ptr %6201, align 8
  %6202 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %6203 = load i64, ptr %6202, align 16
  %6204 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %6205 = load i64, ptr %6204, align 8
  %6206 = xor i64 %6203, %6205
  %6207 = call i64 @rotr64(i64 noundef %6206, i32 noundef 24)
  %6208 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %6207, ptr %6208, align 16
  %6209 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %6210 = load i64, ptr %6209, align 8
  %6211 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %6212 = load i64, ptr %6211, align 16
  %6213 = add i64 %6210, %6212
  %6214 = load i8, ptr getelementptr inbounds ([16 x i8], ptr getelementptr inbounds ([12 x [16 x i8]], ptr @blake2b_sigma, i64 0, i64 11), i64 0, i64 15), align 1
  %6215 = zext i8 %6214 to i64
  %6216 = getelementptr inbounds [16 x i64], ptr %5, i64 0, i64 %6215
  %6217 = load i64, ptr %6216, align 8
  %6218 = add i64 %6213, %6217
  %6219 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  store i64 %6218, ptr %6219, align 8
  %6220 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %6221 = load i64, ptr %6220, align 16
  %6222 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 3
  %6223 = load i64, ptr %6222, align 8
  %6224 = xor i64 %6221, %6223
  %6225 = call i64 @rotr64(i64 noundef %6224, i32 noundef 16)
  %6226 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  store i64 %6225, ptr %6226, align 16
  %6227 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %6228 = load i64, ptr %6227, align 8
  %6229 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 14
  %6230 = load i64, ptr %6229, align 16
  %6231 = add i64 %6228, %6230
  %6232 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  store i64 %6231, ptr %6232, align 8
  %6233 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  %6234 = load i64, ptr %6233, align 16
  %6235 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 9
  %6236 = load i64, ptr %6235, align 8
  %6237 = xor i64 %6234, %6236
  %6238 = call i64 @rotr64(i64 noundef %6237, i32 noundef 63)
  %6239 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 4
  store i64 %6238, ptr %6239, align 16
  br label %6240

6240:                                             ; preds = %6177
  br label %6241

6241:                                             ; preds = %6240
  store i64 0, ptr %7, align 8
  br label %6242

6242:                                             ; preds = %6264, %6241
  %6243 = load i64, ptr %7, align 8
  %6244 = icmp ult i64 %6243, 8
  br i1 %6244, label %6245, label %6267

6245:                                             ; preds = %6242
  %6246 = load ptr, ptr %3, align 8
  %6247 = getelementptr inbounds %struct.__blake2b_state, ptr %6246, i32 0, i32 0
  %6248 = load i64, ptr %7, align 8
  %6249 = getelementptr inbounds [8 x i64], ptr %6247, i64 0, i64 %6248
  %6250 = load i64, ptr %6249, align 1
  %6251 = load i64, ptr %7, align 8
  %6252 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 %6251
  %6253 = load i64, ptr %6252, align 8
  %6254 = xor i64 %6250, %6253
  %6255 = load i64, ptr %7, align 8
  %6256 = add i64 %6255, 8
  %6257 = getelementptr inbounds [16 x i64], ptr %6, i64 0, i64 %6256
  %6258 = load i64, ptr %6257, align 8
  %6259 = xor i64 %6254, %6258
  %6260 = load ptr, ptr %3, align 8
  %6261 = getelementptr inbounds %struct.__blake2b_state, ptr %6260, i32 0, i32 0
  %6262 = load i64, ptr %7, align 8
  %6263 = getelementptr inbounds [8 x i64], ptr %6261, i64 0, i64 %6262
  store i64 %6259, ptr %6263, align 1
  br label %6264

6264:                                             ; preds = %6245
  %6265 = load i64, ptr %7, align 8
  %6266 = add i64 %6265, 1
  store i64 %6266, ptr %7, align 8
  br label %6242, !llvm.loop !13

6267:                                             ; preds = %6242
  ret i32 0
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @blake2b_finalSUFFIX(ptr noundef %0, ptr noundef %1, i64 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca [64 x i8], align 16
  %9 = alloca i64, align 8
  store ptr %0, ptr %5, align 8
  store ptr %1, ptr %6, align 8
  store i64 %2, ptr %7, align 8
  %10 = load ptr, ptr %5, align 8
  %11 = getelementptr inbounds %struct.__blake2b_state, ptr %10, i32 0, i32 5
  %12 = load i8, ptr %11, align 1
  %13 = zext i8 %12 to i64
  %14 = load i64, ptr %7, align 8
  %15 = icmp ne i64 %13, %14
  br i1 %15, label %16, label %17

16:                                               ; preds = %3
  store i32 -1, ptr %4, align 4
  br label %92

17:                                               ; preds = %3
  %18 = load ptr, ptr %5, align 8
  %19 = getelementptr inbounds %struct.__blake2b_state, ptr %18, i32 0, i32 4
  %20 = load i32, ptr %19, align 1
  %21 = icmp ugt i32 %20, 128
  br i1 %21, label %22, label %45

22:                                               ; preds = %17
  %23 = load ptr, ptr %5, align 8
  %24 = call i32 @blake2b_increment_counter(ptr noundef %23, i64 noundef 128)
  %25 = load ptr, ptr %5, align 8
  %26 = load ptr, ptr %5, align 8
  %27 = getelementptr inbounds %struct.__blake2b_state, ptr %26, i32 0, i32 3
  %28 = getelementptr inbounds [256 x i8], ptr %27, i64 0, i64 0
  %29 = call i32 @blake2b_compress(ptr noundef %25, ptr noundef %28)
  %30 = load ptr, ptr %5, align 8
  %31 = getelementptr inbounds %struct.__blake2b_state, ptr %30, i32 0, i32 4
  %32 = load i32, ptr %31, align 1
  %33 = sub i32 %32, 128
  store i32 %33, ptr %31, align 1
  %34 = load ptr, ptr %5, align 8
  %35 = getelementptr inbounds %struct.__blake2b_state, ptr %34, i32 0, i32 3
  %36 = getelementptr inbounds [256 x i8], ptr %35, i64 0, i64 0
  %37 = load ptr, ptr %5, align 8
  %38 = getelementptr inbounds %struct.__blake2b_state, ptr %37, i32 0, i32 3
  %39 = getelementptr inbounds [256 x i8], ptr %38, i64 0, i64 0
  %40 = getelementptr inbounds i8, ptr %39, i64 128
  %41 = load ptr, ptr %5, align 8
  %42 = getelementptr inbounds %struct.__blake2b_state, ptr %41, i32 0, i32 4
  %43 = load i32, ptr %42, align 1
  %44 = zext i32 %43 to i64
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %36, ptr align 1 %40, i64 %44, i1 false)
  br label %45

45:                                               ; preds = %22, %17
  %46 = load ptr, ptr %5, align 8
  %47 = load ptr, ptr %5, align 8
  %48 = getelementptr inbounds %struct.__blake2b_state, ptr %47, i32 0, i32 4
  %49 = load i32, ptr %48, align 1
  %50 = zext i32 %49 to i64
  %51 = call i32 @blake2b_increment_counter(ptr noundef %46, i64 noundef %50)
  %52 = load ptr, ptr %5, align 8
  %53 = call i32 @blake2b_set_lastblock(ptr noundef %52)
  %54 = load ptr, ptr %5, align 8
  %55 = getelementptr inbounds %struct.__blake2b_state, ptr %54, i32 0, i32 3
  %56 = getelementptr inbounds [256 x i8], ptr %55, i64 0, i64 0
  %57 = load ptr, ptr %5, align 8
  %58 = getelementptr inbounds %struct.__blake2b_state, ptr %57, i32 0, i32 4
  %59 = load i32, ptr %58, align 1
  %60 = zext i32 %59 to i64
  %61 = getelementptr inbounds i8, ptr %56, i64 %60
  %62 = load ptr, ptr %5, align 8
  %63 = getelementptr inbounds %struct.__blake2b_state, ptr %62, i32 0, i32 4
  %64 = load i32, ptr %63, align 1
  %65 = sub i32 256, %64
  %66 = zext i32 %65 to i64
  call void @llvm.memset.p0.i64(ptr align 1 %61, i8 0, i64 %66, i1 false)
  %67 = load ptr, ptr %5, align 8
  %68 = load ptr, ptr %5, align 8
  %69 = getelementptr inbounds %struct.__blake2b_state, ptr %68, i32 0, i32 3
  %70 = getelementptr inbounds [256 x i8], ptr %69, i64 0, i64 0
  %71 = call i32 @blake2b_compress(ptr noundef %67, ptr noundef %70)
  store i64 0, ptr %9, align 8
  br label %72

72:                                               ; preds = %85, %45
  %73 = load i64, ptr %9, align 8
  %74 = icmp ult i64 %73, 8
  br i1 %74, label %75, label %88

75:                                               ; preds = %72
  %76 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  %77 = load i64, ptr %9, align 8
  %78 = mul i64 8, %77
  %79 = getelementptr inbounds i8, ptr %76, i64 %78
  %80 = load ptr, ptr %5, align 8
  %81 = getelementptr inbounds %struct.__blake2b_state, ptr %80, i32 0, i32 0
  %82 = load i64, ptr %9, align 8
  %83 = getelementptr inbounds [8 x i64], ptr %81, i64 0, i64 %82
  %84 = load i64, ptr %83, align 1
  call void @store64(ptr noundef %79, i64 noundef %84)
  br label %85

85:                                               ; preds = %75
  %86 = load i64, ptr %9, align 8
  %87 = add i64 %86, 1
  store i64 %87, ptr %9, align 8
  br label %72, !llvm.loop !14

88:                                               ; preds = %72
  %89 = load ptr, ptr %6, align 8
  %90 = getelementptr inbounds [64 x i8], ptr %8, i64 0, i64 0
  %91 = load i64, ptr %7, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %89, ptr align 16 %90, i64 %91, i1 false)
  store i32 0, ptr %4, align 4
  br label %92

92:                                               ; preds = %88, %16
  %93 = load i32, ptr %4, align 4
  ret i32 %93
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @blake2b_set_lastblock(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.__blake2b_state, ptr %3, i32 0, i32 6
  %5 = load i8, ptr %4, align 1
  %6 = icmp ne i8 %5, 0
  br i1 %6, label %7, label %10

7:                                                ; preds = %1
  %8 = load ptr, ptr %2, align 8
  %9 = call i32 @blake2b_set_lastnode(ptr noundef %8)
  br label %10

10:                                               ; preds = %7, %1
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds %struct.__blake2b_state, ptr %11, i32 0, i32 2
  %13 = getelementptr inbounds [2 x i64], ptr %12, i64 0, i64 0
  store i64 -1, ptr %13, align 1
  ret i32 0
}

; Function Attrs: noinline nounwind uwtable
define dso_local i32 @blake2bSUFFIX(ptr noundef %0, ptr noundef %1, ptr noundef %2, i64 noundef %3, i64 noundef %4, i64 noundef %5) #0 {
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 8
  %9 = alloca ptr, align 8
  %10 = alloca ptr, align 8
  %11 = alloca i64, align 8
  %12 = alloca i64, align 8
  %13 = alloca i64, align 8
  %14 = alloca [1 x %struct.__blake2b_state], align 16
  store ptr %0, ptr %8, align 8
  store ptr %1, ptr %9, align 8
  store ptr %2, ptr %10, align 8
  store i64 %3, ptr %11, align 8
  store i64 %4, ptr %12, align 8
  store i64 %5, ptr %13, align 8
  %15 = load ptr, ptr %9, align 8
  %16 = icmp eq ptr null, %15
  br i1 %16, label %17, label %21

17:                                               ; preds = %6
  %18 = load i64, ptr %12, align 8
  %19 = icmp ugt i64 %18, 0
  br i1 %19, label %20, label %21

20:                                               ; preds = %17
  store i32 -1, ptr %7, align 4
  br label %74

21:                                               ; preds = %17, %6
  %22 = load ptr, ptr %8, align 8
  %23 = icmp eq ptr null, %22
  br i1 %23, label %24, label %25

24:                                               ; preds = %21
  store i32 -1, ptr %7, align 4
  br label %74

25:                                               ; preds = %21
  %26 = load ptr, ptr %10, align 8
  %27 = icmp eq ptr null, %26
  br i1 %27, label %28, label %32

28:                                               ; preds = %25
  %29 = load i64, ptr %13, align 8
  %30 = icmp ugt i64 %29, 0
  br i1 %30, label %31, label %32

31:                                               ; preds = %28
  store i32 -1, ptr %7, align 4
  br label %74

32:                                               ; preds = %28, %25
  %33 = load i64, ptr %11, align 8
  %34 = icmp ne i64 %33, 0
  br i1 %34, label %35, label %38

35:                                               ; preds = %32
  %36 = load i64, ptr %11, align 8
  %37 = icmp ugt i64 %36, 64
  br i1 %37, label %38, label %39

38:                                               ; preds = %35, %32
  store i32 -1, ptr %7, align 4
  br label %74

39:                                               ; preds = %35
  %40 = load i64, ptr %13, align 8
  %41 = icmp ugt i64 %40, 64
  br i1 %41, label %42, label %43

42:                                               ; preds = %39
  store i32 -1, ptr %7, align 4
  br label %74

43:                                               ; preds = %39
  %44 = load i64, ptr %13, align 8
  %45 = icmp ugt i64 %44, 0
  br i1 %45, label %46, label %55

46:                                               ; preds = %43
  %47 = getelementptr inbounds [1 x %struct.__blake2b_state], ptr %14, i64 0, i64 0
  %48 = load i64, ptr %11, align 8
  %49 = load ptr, ptr %10, align 8
  %50 = load i64, ptr %13, align 8
  %51 = call i32 @blake2b_init_keySUFFIX(ptr noundef %47, i64 noundef %48, ptr noundef %49, i64 noundef %50)
  %52 = icmp slt i32 %51, 0
  br i1 %52, label %53, label %54

53:                                               ; preds = %46
  store i32 -1, ptr %7, align 4
  br label %74

54:                                               ; preds = %46
  br label %62

55:                                               ; preds = %43
  %56 = getelementptr inbounds [1 x %struct.__blake2b_state], ptr %14, i64 0, i64 0
  %57 = load i64, ptr %11, align 8
  %58 = call i32 @blake2b_initSUFFIX(ptr noundef %56, i64 noundef %57)
  %59 = icmp slt i32 %58, 0
  br i1 %59, label %60, label %61

60:                                               ; preds = %55
  store i32 -1, ptr %7, align 4
  br label %74

61:                                               ; preds = %55
  br label %62

62:                                               ; preds = %61, %54
  %63 = getelementptr inbounds [1 x %struct.__blake2b_state], ptr %14, i64 0, i64 0
  %64 = load ptr, ptr %9, align 8
  %65 = load i64, ptr %12, align 8
  %66 = call i32 @blake2b_updateSUFFIX(ptr noundef %63, ptr noundef %64, i64 noundef %65)
  %67 = icmp slt i32 %66, 0
  br i1 %67, label %68, label %69

68:                                               ; preds = %62
  store i32 -1, ptr %7, align 4
  br label %74

69:                                               ; preds = %62
  %70 = getelementptr inbounds [1 x %struct.__blake2b_state], ptr %14, i64 0, i64 0
  %71 = load ptr, ptr %8, align 8
  %72 = load i64, ptr %11, align 8
  %73 = call i32 @blake2b_finalSUFFIX(ptr noundef %70, ptr noundef %71, i64 noundef %72)
  store i32 %73, ptr %7, align 4
  br label %74

74:                                               ; preds = %69, %68, %60, %53, %42, %38, %31, %24, %20
  %75 = load i32, ptr %7, align 4
  ret i32 %75
}

; Function Attrs: noinline nounwind uwtable
define internal i64 @rotr64(i64 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i32, align 4
  store i64 %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  %5 = load i64, ptr %3, align 8
  %6 = load i32, ptr %4, align 4
  %7 = zext i32 %6 to i64
  %8 = lshr i64 %5, %7
  %9 = load i64, ptr %3, align 8
  %10 = load i32, ptr %4, align 4
  %11 = sub i32 64, %10
  %12 = zext i32 %11 to i64
  %13 = shl i64 %9, %12
  %14 = or i64 %8, %13
  ret i64 %14
}

; Function Attrs: noinline nounwind uwtable
define internal i32 @blake2b_set_lastnode(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds %struct.__blake2b_state, ptr %3, i32 0, i32 2
  %5 = getelementptr inbounds [2 x i64], ptr %4, i64 0, i64 1
  store i64 -1, ptr %5, align 1
  ret i32 0
}

attributes #0 = { noinline nounwind uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = !{i64 295187}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
