; ModuleID = 'cjson-1.7.15/cJSON_Utils.c'
source_filename = "cjson-1.7.15/cJSON_Utils.c"
target datalayout = "e-m:e-p:32:32-i64:64-n32-S128"
target triple = "riscv32-unknown-unknown-elf"

%struct.cJSON = type { ptr, ptr, ptr, i32, ptr, i32, double, ptr }

@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"/%lu%s\00", align 1
@_ctype_ = external dso_local constant [0 x i8], align 1
@.str.2 = private unnamed_addr constant [5 x i8] c"path\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"value\00", align 1
@apply_patch.invalid = internal constant %struct.cJSON zeroinitializer, align 8
@.str.4 = private unnamed_addr constant [5 x i8] c"from\00", align 1
@.str.5 = private unnamed_addr constant [2 x i8] c"-\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"op\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"add\00", align 1
@.str.8 = private unnamed_addr constant [7 x i8] c"remove\00", align 1
@.str.9 = private unnamed_addr constant [8 x i8] c"replace\00", align 1
@.str.10 = private unnamed_addr constant [5 x i8] c"move\00", align 1
@.str.11 = private unnamed_addr constant [5 x i8] c"copy\00", align 1
@.str.12 = private unnamed_addr constant [5 x i8] c"test\00", align 1
@.str.13 = private unnamed_addr constant [4 x i8] c"%s/\00", align 1
@.str.14 = private unnamed_addr constant [7 x i8] c"%s/%lu\00", align 1
@.str.15 = private unnamed_addr constant [4 x i8] c"%lu\00", align 1

; Function Attrs: noinline nounwind
define dso_local ptr @cJSONUtils_FindPointerFromObjectTo(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca ptr, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store ptr null, ptr %7, align 4
  %11 = load ptr, ptr %4, align 4
  %12 = icmp eq ptr %11, null
  br i1 %12, label %16, label %13

13:                                               ; preds = %2
  %14 = load ptr, ptr %5, align 4
  %15 = icmp eq ptr %14, null
  br i1 %15, label %16, label %17

16:                                               ; preds = %13, %2
  store ptr null, ptr %3, align 4
  br label %94

17:                                               ; preds = %13
  %18 = load ptr, ptr %4, align 4
  %19 = load ptr, ptr %5, align 4
  %20 = icmp eq ptr %18, %19
  br i1 %20, label %21, label %23

21:                                               ; preds = %17
  %22 = call ptr @cJSONUtils_strdup(ptr noundef @.str)
  store ptr %22, ptr %3, align 4
  br label %94

23:                                               ; preds = %17
  %24 = load ptr, ptr %4, align 4
  %25 = getelementptr inbounds %struct.cJSON, ptr %24, i32 0, i32 2
  %26 = load ptr, ptr %25, align 8
  store ptr %26, ptr %7, align 4
  br label %27

27:                                               ; preds = %87, %23
  %28 = load ptr, ptr %7, align 4
  %29 = icmp ne ptr %28, null
  br i1 %29, label %30, label %93

30:                                               ; preds = %27
  %31 = load ptr, ptr %7, align 4
  %32 = load ptr, ptr %5, align 4
  %33 = call ptr @cJSONUtils_FindPointerFromObjectTo(ptr noundef %31, ptr noundef %32)
  store ptr %33, ptr %8, align 4
  %34 = load ptr, ptr %8, align 4
  %35 = icmp ne ptr %34, null
  br i1 %35, label %36, label %86

36:                                               ; preds = %30
  %37 = load ptr, ptr %4, align 4
  %38 = call i32 @cJSON_IsArray(ptr noundef %37)
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %40, label %58

40:                                               ; preds = %36
  %41 = load ptr, ptr %8, align 4
  %42 = call i32 @strlen(ptr noundef %41) #5
  %43 = add i32 %42, 20
  %44 = add i32 %43, 2
  %45 = call ptr @cJSON_malloc(i32 noundef %44)
  store ptr %45, ptr %9, align 4
  %46 = load i32, ptr %6, align 4
  %47 = icmp ugt i32 %46, -1
  br i1 %47, label %48, label %51

48:                                               ; preds = %40
  %49 = load ptr, ptr %8, align 4
  call void @cJSON_free(ptr noundef %49)
  %50 = load ptr, ptr %9, align 4
  call void @cJSON_free(ptr noundef %50)
  store ptr null, ptr %3, align 4
  br label %94

51:                                               ; preds = %40
  %52 = load ptr, ptr %9, align 4
  %53 = load i32, ptr %6, align 4
  %54 = load ptr, ptr %8, align 4
  %55 = call i32 (ptr, ptr, ...) @sprintf(ptr noundef %52, ptr noundef @.str.1, i32 noundef %53, ptr noundef %54) #5
  %56 = load ptr, ptr %8, align 4
  call void @cJSON_free(ptr noundef %56)
  %57 = load ptr, ptr %9, align 4
  store ptr %57, ptr %3, align 4
  br label %94

58:                                               ; preds = %36
  %59 = load ptr, ptr %4, align 4
  %60 = call i32 @cJSON_IsObject(ptr noundef %59)
  %61 = icmp ne i32 %60, 0
  br i1 %61, label %62, label %84

62:                                               ; preds = %58
  %63 = load ptr, ptr %8, align 4
  %64 = call i32 @strlen(ptr noundef %63) #5
  %65 = load ptr, ptr %7, align 4
  %66 = getelementptr inbounds %struct.cJSON, ptr %65, i32 0, i32 7
  %67 = load ptr, ptr %66, align 8
  %68 = call i32 @pointer_encoded_length(ptr noundef %67)
  %69 = add i32 %64, %68
  %70 = add i32 %69, 2
  %71 = call ptr @cJSON_malloc(i32 noundef %70)
  store ptr %71, ptr %10, align 4
  %72 = load ptr, ptr %10, align 4
  %73 = getelementptr inbounds i8, ptr %72, i32 0
  store i8 47, ptr %73, align 1
  %74 = load ptr, ptr %10, align 4
  %75 = getelementptr inbounds i8, ptr %74, i32 1
  %76 = load ptr, ptr %7, align 4
  %77 = getelementptr inbounds %struct.cJSON, ptr %76, i32 0, i32 7
  %78 = load ptr, ptr %77, align 8
  call void @encode_string_as_pointer(ptr noundef %75, ptr noundef %78)
  %79 = load ptr, ptr %10, align 4
  %80 = load ptr, ptr %8, align 4
  %81 = call ptr @strcat(ptr noundef %79, ptr noundef %80) #5
  %82 = load ptr, ptr %8, align 4
  call void @cJSON_free(ptr noundef %82)
  %83 = load ptr, ptr %10, align 4
  store ptr %83, ptr %3, align 4
  br label %94

84:                                               ; preds = %58
  %85 = load ptr, ptr %8, align 4
  call void @cJSON_free(ptr noundef %85)
  store ptr null, ptr %3, align 4
  br label %94

86:                                               ; preds = %30
  br label %87

87:                                               ; preds = %86
  %88 = load ptr, ptr %7, align 4
  %89 = getelementptr inbounds %struct.cJSON, ptr %88, i32 0, i32 0
  %90 = load ptr, ptr %89, align 8
  store ptr %90, ptr %7, align 4
  %91 = load i32, ptr %6, align 4
  %92 = add i32 %91, 1
  store i32 %92, ptr %6, align 4
  br label %27, !llvm.loop !7

93:                                               ; preds = %27
  store ptr null, ptr %3, align 4
  br label %94

94:                                               ; preds = %93, %84, %62, %51, %48, %21, %16
  %95 = load ptr, ptr %3, align 4
  ret ptr %95
}

; Function Attrs: noinline nounwind
define internal ptr @cJSONUtils_strdup(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store i32 0, ptr %4, align 4
  store ptr null, ptr %5, align 4
  %6 = load ptr, ptr %3, align 4
  %7 = call i32 @strlen(ptr noundef %6) #5
  %8 = add i32 %7, 1
  store i32 %8, ptr %4, align 4
  %9 = load i32, ptr %4, align 4
  %10 = call ptr @cJSON_malloc(i32 noundef %9)
  store ptr %10, ptr %5, align 4
  %11 = load ptr, ptr %5, align 4
  %12 = icmp eq ptr %11, null
  br i1 %12, label %13, label %14

13:                                               ; preds = %1
  store ptr null, ptr %2, align 4
  br label %19

14:                                               ; preds = %1
  %15 = load ptr, ptr %5, align 4
  %16 = load ptr, ptr %3, align 4
  %17 = load i32, ptr %4, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %15, ptr align 1 %16, i32 %17, i1 false)
  %18 = load ptr, ptr %5, align 4
  store ptr %18, ptr %2, align 4
  br label %19

19:                                               ; preds = %14, %13
  %20 = load ptr, ptr %2, align 4
  ret ptr %20
}

declare dso_local i32 @cJSON_IsArray(ptr noundef) #1

declare dso_local ptr @cJSON_malloc(i32 noundef) #1

; Function Attrs: nounwind
declare dso_local i32 @strlen(ptr noundef) #2

declare dso_local void @cJSON_free(ptr noundef) #1

; Function Attrs: nounwind
declare dso_local i32 @sprintf(ptr noundef, ptr noundef, ...) #2

declare dso_local i32 @cJSON_IsObject(ptr noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @pointer_encoded_length(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca i32, align 4
  store ptr %0, ptr %2, align 4
  store i32 0, ptr %3, align 4
  br label %4

4:                                                ; preds = %23, %1
  %5 = load ptr, ptr %2, align 4
  %6 = load i8, ptr %5, align 1
  %7 = zext i8 %6 to i32
  %8 = icmp ne i32 %7, 0
  br i1 %8, label %9, label %28

9:                                                ; preds = %4
  %10 = load ptr, ptr %2, align 4
  %11 = load i8, ptr %10, align 1
  %12 = zext i8 %11 to i32
  %13 = icmp eq i32 %12, 126
  br i1 %13, label %19, label %14

14:                                               ; preds = %9
  %15 = load ptr, ptr %2, align 4
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = icmp eq i32 %17, 47
  br i1 %18, label %19, label %22

19:                                               ; preds = %14, %9
  %20 = load i32, ptr %3, align 4
  %21 = add i32 %20, 1
  store i32 %21, ptr %3, align 4
  br label %22

22:                                               ; preds = %19, %14
  br label %23

23:                                               ; preds = %22
  %24 = load ptr, ptr %2, align 4
  %25 = getelementptr inbounds i8, ptr %24, i32 1
  store ptr %25, ptr %2, align 4
  %26 = load i32, ptr %3, align 4
  %27 = add i32 %26, 1
  store i32 %27, ptr %3, align 4
  br label %4, !llvm.loop !9

28:                                               ; preds = %4
  %29 = load i32, ptr %3, align 4
  ret i32 %29
}

; Function Attrs: noinline nounwind
define internal void @encode_string_as_pointer(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  br label %5

5:                                                ; preds = %45, %2
  %6 = load ptr, ptr %4, align 4
  %7 = getelementptr inbounds i8, ptr %6, i32 0
  %8 = load i8, ptr %7, align 1
  %9 = zext i8 %8 to i32
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %11, label %50

11:                                               ; preds = %5
  %12 = load ptr, ptr %4, align 4
  %13 = getelementptr inbounds i8, ptr %12, i32 0
  %14 = load i8, ptr %13, align 1
  %15 = zext i8 %14 to i32
  %16 = icmp eq i32 %15, 47
  br i1 %16, label %17, label %24

17:                                               ; preds = %11
  %18 = load ptr, ptr %3, align 4
  %19 = getelementptr inbounds i8, ptr %18, i32 0
  store i8 126, ptr %19, align 1
  %20 = load ptr, ptr %3, align 4
  %21 = getelementptr inbounds i8, ptr %20, i32 1
  store i8 49, ptr %21, align 1
  %22 = load ptr, ptr %3, align 4
  %23 = getelementptr inbounds i8, ptr %22, i32 1
  store ptr %23, ptr %3, align 4
  br label %44

24:                                               ; preds = %11
  %25 = load ptr, ptr %4, align 4
  %26 = getelementptr inbounds i8, ptr %25, i32 0
  %27 = load i8, ptr %26, align 1
  %28 = zext i8 %27 to i32
  %29 = icmp eq i32 %28, 126
  br i1 %29, label %30, label %37

30:                                               ; preds = %24
  %31 = load ptr, ptr %3, align 4
  %32 = getelementptr inbounds i8, ptr %31, i32 0
  store i8 126, ptr %32, align 1
  %33 = load ptr, ptr %3, align 4
  %34 = getelementptr inbounds i8, ptr %33, i32 1
  store i8 48, ptr %34, align 1
  %35 = load ptr, ptr %3, align 4
  %36 = getelementptr inbounds i8, ptr %35, i32 1
  store ptr %36, ptr %3, align 4
  br label %43

37:                                               ; preds = %24
  %38 = load ptr, ptr %4, align 4
  %39 = getelementptr inbounds i8, ptr %38, i32 0
  %40 = load i8, ptr %39, align 1
  %41 = load ptr, ptr %3, align 4
  %42 = getelementptr inbounds i8, ptr %41, i32 0
  store i8 %40, ptr %42, align 1
  br label %43

43:                                               ; preds = %37, %30
  br label %44

44:                                               ; preds = %43, %17
  br label %45

45:                                               ; preds = %44
  %46 = load ptr, ptr %4, align 4
  %47 = getelementptr inbounds i8, ptr %46, i32 1
  store ptr %47, ptr %4, align 4
  %48 = load ptr, ptr %3, align 4
  %49 = getelementptr inbounds i8, ptr %48, i32 1
  store ptr %49, ptr %3, align 4
  br label %5, !llvm.loop !10

50:                                               ; preds = %5
  %51 = load ptr, ptr %3, align 4
  %52 = getelementptr inbounds i8, ptr %51, i32 0
  store i8 0, ptr %52, align 1
  ret void
}

; Function Attrs: nounwind
declare dso_local ptr @strcat(ptr noundef, ptr noundef) #2

; Function Attrs: noinline nounwind
define dso_local ptr @cJSONUtils_GetPointer(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = load ptr, ptr %4, align 4
  %7 = call ptr @get_item_from_pointer(ptr noundef %5, ptr noundef %6, i32 noundef 0)
  ret ptr %7
}

; Function Attrs: noinline nounwind
define internal ptr @get_item_from_pointer(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %10 = load ptr, ptr %5, align 4
  store ptr %10, ptr %8, align 4
  %11 = load ptr, ptr %6, align 4
  %12 = icmp eq ptr %11, null
  br i1 %12, label %13, label %14

13:                                               ; preds = %3
  store ptr null, ptr %4, align 4
  br label %91

14:                                               ; preds = %3
  br label %15

15:                                               ; preds = %88, %14
  %16 = load ptr, ptr %6, align 4
  %17 = getelementptr inbounds i8, ptr %16, i32 0
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = icmp eq i32 %19, 47
  br i1 %20, label %21, label %24

21:                                               ; preds = %15
  %22 = load ptr, ptr %8, align 4
  %23 = icmp ne ptr %22, null
  br label %24

24:                                               ; preds = %21, %15
  %25 = phi i1 [ false, %15 ], [ %23, %21 ]
  br i1 %25, label %26, label %89

26:                                               ; preds = %24
  %27 = load ptr, ptr %6, align 4
  %28 = getelementptr inbounds i8, ptr %27, i32 1
  store ptr %28, ptr %6, align 4
  %29 = load ptr, ptr %8, align 4
  %30 = call i32 @cJSON_IsArray(ptr noundef %29)
  %31 = icmp ne i32 %30, 0
  br i1 %31, label %32, label %41

32:                                               ; preds = %26
  store i32 0, ptr %9, align 4
  %33 = load ptr, ptr %6, align 4
  %34 = call i32 @decode_array_index_from_pointer(ptr noundef %33, ptr noundef %9)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %37, label %36

36:                                               ; preds = %32
  store ptr null, ptr %4, align 4
  br label %91

37:                                               ; preds = %32
  %38 = load ptr, ptr %8, align 4
  %39 = load i32, ptr %9, align 4
  %40 = call ptr @get_array_item(ptr noundef %38, i32 noundef %39)
  store ptr %40, ptr %8, align 4
  br label %70

41:                                               ; preds = %26
  %42 = load ptr, ptr %8, align 4
  %43 = call i32 @cJSON_IsObject(ptr noundef %42)
  %44 = icmp ne i32 %43, 0
  br i1 %44, label %45, label %68

45:                                               ; preds = %41
  %46 = load ptr, ptr %8, align 4
  %47 = getelementptr inbounds %struct.cJSON, ptr %46, i32 0, i32 2
  %48 = load ptr, ptr %47, align 8
  store ptr %48, ptr %8, align 4
  br label %49

49:                                               ; preds = %63, %45
  %50 = load ptr, ptr %8, align 4
  %51 = icmp ne ptr %50, null
  br i1 %51, label %52, label %61

52:                                               ; preds = %49
  %53 = load ptr, ptr %8, align 4
  %54 = getelementptr inbounds %struct.cJSON, ptr %53, i32 0, i32 7
  %55 = load ptr, ptr %54, align 8
  %56 = load ptr, ptr %6, align 4
  %57 = load i32, ptr %7, align 4
  %58 = call i32 @compare_pointers(ptr noundef %55, ptr noundef %56, i32 noundef %57)
  %59 = icmp ne i32 %58, 0
  %60 = xor i1 %59, true
  br label %61

61:                                               ; preds = %52, %49
  %62 = phi i1 [ false, %49 ], [ %60, %52 ]
  br i1 %62, label %63, label %67

63:                                               ; preds = %61
  %64 = load ptr, ptr %8, align 4
  %65 = getelementptr inbounds %struct.cJSON, ptr %64, i32 0, i32 0
  %66 = load ptr, ptr %65, align 8
  store ptr %66, ptr %8, align 4
  br label %49, !llvm.loop !11

67:                                               ; preds = %61
  br label %69

68:                                               ; preds = %41
  store ptr null, ptr %4, align 4
  br label %91

69:                                               ; preds = %67
  br label %70

70:                                               ; preds = %69, %37
  br label %71

71:                                               ; preds = %85, %70
  %72 = load ptr, ptr %6, align 4
  %73 = getelementptr inbounds i8, ptr %72, i32 0
  %74 = load i8, ptr %73, align 1
  %75 = zext i8 %74 to i32
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %77, label %83

77:                                               ; preds = %71
  %78 = load ptr, ptr %6, align 4
  %79 = getelementptr inbounds i8, ptr %78, i32 0
  %80 = load i8, ptr %79, align 1
  %81 = zext i8 %80 to i32
  %82 = icmp ne i32 %81, 47
  br label %83

83:                                               ; preds = %77, %71
  %84 = phi i1 [ false, %71 ], [ %82, %77 ]
  br i1 %84, label %85, label %88

85:                                               ; preds = %83
  %86 = load ptr, ptr %6, align 4
  %87 = getelementptr inbounds i8, ptr %86, i32 1
  store ptr %87, ptr %6, align 4
  br label %71, !llvm.loop !12

88:                                               ; preds = %83
  br label %15, !llvm.loop !13

89:                                               ; preds = %24
  %90 = load ptr, ptr %8, align 4
  store ptr %90, ptr %4, align 4
  br label %91

91:                                               ; preds = %89, %68, %36, %13
  %92 = load ptr, ptr %4, align 4
  ret ptr %92
}

; Function Attrs: noinline nounwind
define dso_local ptr @cJSONUtils_GetPointerCaseSensitive(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = load ptr, ptr %4, align 4
  %7 = call ptr @get_item_from_pointer(ptr noundef %5, ptr noundef %6, i32 noundef 1)
  ret ptr %7
}

; Function Attrs: noinline nounwind
define dso_local i32 @cJSONUtils_ApplyPatches(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store ptr null, ptr %6, align 4
  store i32 0, ptr %7, align 4
  %8 = load ptr, ptr %5, align 4
  %9 = call i32 @cJSON_IsArray(ptr noundef %8)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %12, label %11

11:                                               ; preds = %2
  store i32 1, ptr %3, align 4
  br label %36

12:                                               ; preds = %2
  %13 = load ptr, ptr %5, align 4
  %14 = icmp ne ptr %13, null
  br i1 %14, label %15, label %19

15:                                               ; preds = %12
  %16 = load ptr, ptr %5, align 4
  %17 = getelementptr inbounds %struct.cJSON, ptr %16, i32 0, i32 2
  %18 = load ptr, ptr %17, align 8
  store ptr %18, ptr %6, align 4
  br label %19

19:                                               ; preds = %15, %12
  br label %20

20:                                               ; preds = %31, %19
  %21 = load ptr, ptr %6, align 4
  %22 = icmp ne ptr %21, null
  br i1 %22, label %23, label %35

23:                                               ; preds = %20
  %24 = load ptr, ptr %4, align 4
  %25 = load ptr, ptr %6, align 4
  %26 = call i32 @apply_patch(ptr noundef %24, ptr noundef %25, i32 noundef 0)
  store i32 %26, ptr %7, align 4
  %27 = load i32, ptr %7, align 4
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %31

29:                                               ; preds = %23
  %30 = load i32, ptr %7, align 4
  store i32 %30, ptr %3, align 4
  br label %36

31:                                               ; preds = %23
  %32 = load ptr, ptr %6, align 4
  %33 = getelementptr inbounds %struct.cJSON, ptr %32, i32 0, i32 0
  %34 = load ptr, ptr %33, align 8
  store ptr %34, ptr %6, align 4
  br label %20, !llvm.loop !14

35:                                               ; preds = %20
  store i32 0, ptr %3, align 4
  br label %36

36:                                               ; preds = %35, %29, %11
  %37 = load i32, ptr %3, align 4
  ret i32 %37
}

; Function Attrs: noinline nounwind
define internal i32 @apply_patch(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 4
  %12 = alloca ptr, align 4
  %13 = alloca i32, align 4
  %14 = alloca %struct.cJSON, align 8
  %15 = alloca %struct.cJSON, align 8
  %16 = alloca ptr, align 4
  %17 = alloca ptr, align 4
  %18 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store ptr null, ptr %7, align 4
  store ptr null, ptr %8, align 4
  store ptr null, ptr %9, align 4
  store i32 0, ptr %10, align 4
  store ptr null, ptr %11, align 4
  store ptr null, ptr %12, align 4
  store i32 0, ptr %13, align 4
  %19 = load ptr, ptr %5, align 4
  %20 = load i32, ptr %6, align 4
  %21 = call ptr @get_object_item(ptr noundef %19, ptr noundef @.str.2, i32 noundef %20)
  store ptr %21, ptr %7, align 4
  %22 = load ptr, ptr %7, align 4
  %23 = call i32 @cJSON_IsString(ptr noundef %22)
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %26, label %25

25:                                               ; preds = %3
  store i32 2, ptr %13, align 4
  br label %262

26:                                               ; preds = %3
  %27 = load ptr, ptr %5, align 4
  %28 = load i32, ptr %6, align 4
  %29 = call i32 @decode_patch_operation(ptr noundef %27, i32 noundef %28)
  store i32 %29, ptr %10, align 4
  %30 = load i32, ptr %10, align 4
  %31 = icmp eq i32 %30, 0
  br i1 %31, label %32, label %33

32:                                               ; preds = %26
  store i32 3, ptr %13, align 4
  br label %262

33:                                               ; preds = %26
  %34 = load i32, ptr %10, align 4
  %35 = icmp eq i32 %34, 6
  br i1 %35, label %36, label %51

36:                                               ; preds = %33
  %37 = load ptr, ptr %4, align 4
  %38 = load ptr, ptr %7, align 4
  %39 = getelementptr inbounds %struct.cJSON, ptr %38, i32 0, i32 4
  %40 = load ptr, ptr %39, align 8
  %41 = load i32, ptr %6, align 4
  %42 = call ptr @get_item_from_pointer(ptr noundef %37, ptr noundef %40, i32 noundef %41)
  %43 = load ptr, ptr %5, align 4
  %44 = load i32, ptr %6, align 4
  %45 = call ptr @get_object_item(ptr noundef %43, ptr noundef @.str.3, i32 noundef %44)
  %46 = load i32, ptr %6, align 4
  %47 = call i32 @compare_json(ptr noundef %42, ptr noundef %45, i32 noundef %46)
  %48 = icmp ne i32 %47, 0
  %49 = xor i1 %48, true
  %50 = zext i1 %49 to i32
  store i32 %50, ptr %13, align 4
  br label %262

51:                                               ; preds = %33
  br label %52

52:                                               ; preds = %51
  %53 = load ptr, ptr %7, align 4
  %54 = getelementptr inbounds %struct.cJSON, ptr %53, i32 0, i32 4
  %55 = load ptr, ptr %54, align 8
  %56 = getelementptr inbounds i8, ptr %55, i32 0
  %57 = load i8, ptr %56, align 1
  %58 = zext i8 %57 to i32
  %59 = icmp eq i32 %58, 0
  br i1 %59, label %60, label %100

60:                                               ; preds = %52
  %61 = load i32, ptr %10, align 4
  %62 = icmp eq i32 %61, 2
  br i1 %62, label %63, label %65

63:                                               ; preds = %60
  %64 = load ptr, ptr %4, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %14, ptr align 8 @apply_patch.invalid, i32 40, i1 false)
  call void @overwrite_item(ptr noundef %64, ptr noundef %14)
  store i32 0, ptr %13, align 4
  br label %262

65:                                               ; preds = %60
  %66 = load i32, ptr %10, align 4
  %67 = icmp eq i32 %66, 3
  br i1 %67, label %71, label %68

68:                                               ; preds = %65
  %69 = load i32, ptr %10, align 4
  %70 = icmp eq i32 %69, 1
  br i1 %70, label %71, label %99

71:                                               ; preds = %68, %65
  %72 = load ptr, ptr %5, align 4
  %73 = load i32, ptr %6, align 4
  %74 = call ptr @get_object_item(ptr noundef %72, ptr noundef @.str.3, i32 noundef %73)
  store ptr %74, ptr %8, align 4
  %75 = load ptr, ptr %8, align 4
  %76 = icmp eq ptr %75, null
  br i1 %76, label %77, label %78

77:                                               ; preds = %71
  store i32 7, ptr %13, align 4
  br label %262

78:                                               ; preds = %71
  %79 = load ptr, ptr %8, align 4
  %80 = call ptr @cJSON_Duplicate(ptr noundef %79, i32 noundef 1)
  store ptr %80, ptr %8, align 4
  %81 = load ptr, ptr %8, align 4
  %82 = icmp eq ptr %81, null
  br i1 %82, label %83, label %84

83:                                               ; preds = %78
  store i32 8, ptr %13, align 4
  br label %262

84:                                               ; preds = %78
  %85 = load ptr, ptr %4, align 4
  %86 = load ptr, ptr %8, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %15, ptr align 8 %86, i32 40, i1 false)
  call void @overwrite_item(ptr noundef %85, ptr noundef %15)
  %87 = load ptr, ptr %8, align 4
  call void @cJSON_free(ptr noundef %87)
  store ptr null, ptr %8, align 4
  %88 = load ptr, ptr %4, align 4
  %89 = getelementptr inbounds %struct.cJSON, ptr %88, i32 0, i32 7
  %90 = load ptr, ptr %89, align 8
  %91 = icmp ne ptr %90, null
  br i1 %91, label %92, label %98

92:                                               ; preds = %84
  %93 = load ptr, ptr %4, align 4
  %94 = getelementptr inbounds %struct.cJSON, ptr %93, i32 0, i32 7
  %95 = load ptr, ptr %94, align 8
  call void @cJSON_free(ptr noundef %95)
  %96 = load ptr, ptr %4, align 4
  %97 = getelementptr inbounds %struct.cJSON, ptr %96, i32 0, i32 7
  store ptr null, ptr %97, align 8
  br label %98

98:                                               ; preds = %92, %84
  store i32 0, ptr %13, align 4
  br label %262

99:                                               ; preds = %68
  br label %100

100:                                              ; preds = %99, %52
  %101 = load i32, ptr %10, align 4
  %102 = icmp eq i32 %101, 2
  br i1 %102, label %106, label %103

103:                                              ; preds = %100
  %104 = load i32, ptr %10, align 4
  %105 = icmp eq i32 %104, 3
  br i1 %105, label %106, label %122

106:                                              ; preds = %103, %100
  %107 = load ptr, ptr %4, align 4
  %108 = load ptr, ptr %7, align 4
  %109 = getelementptr inbounds %struct.cJSON, ptr %108, i32 0, i32 4
  %110 = load ptr, ptr %109, align 8
  %111 = load i32, ptr %6, align 4
  %112 = call ptr @detach_path(ptr noundef %107, ptr noundef %110, i32 noundef %111)
  store ptr %112, ptr %16, align 4
  %113 = load ptr, ptr %16, align 4
  %114 = icmp eq ptr %113, null
  br i1 %114, label %115, label %116

115:                                              ; preds = %106
  store i32 13, ptr %13, align 4
  br label %262

116:                                              ; preds = %106
  %117 = load ptr, ptr %16, align 4
  call void @cJSON_Delete(ptr noundef %117)
  %118 = load i32, ptr %10, align 4
  %119 = icmp eq i32 %118, 2
  br i1 %119, label %120, label %121

120:                                              ; preds = %116
  store i32 0, ptr %13, align 4
  br label %262

121:                                              ; preds = %116
  br label %122

122:                                              ; preds = %121, %103
  %123 = load i32, ptr %10, align 4
  %124 = icmp eq i32 %123, 4
  br i1 %124, label %128, label %125

125:                                              ; preds = %122
  %126 = load i32, ptr %10, align 4
  %127 = icmp eq i32 %126, 5
  br i1 %127, label %128, label %170

128:                                              ; preds = %125, %122
  %129 = load ptr, ptr %5, align 4
  %130 = load i32, ptr %6, align 4
  %131 = call ptr @get_object_item(ptr noundef %129, ptr noundef @.str.4, i32 noundef %130)
  store ptr %131, ptr %17, align 4
  %132 = load ptr, ptr %17, align 4
  %133 = icmp eq ptr %132, null
  br i1 %133, label %134, label %135

134:                                              ; preds = %128
  store i32 4, ptr %13, align 4
  br label %262

135:                                              ; preds = %128
  %136 = load i32, ptr %10, align 4
  %137 = icmp eq i32 %136, 4
  br i1 %137, label %138, label %145

138:                                              ; preds = %135
  %139 = load ptr, ptr %4, align 4
  %140 = load ptr, ptr %17, align 4
  %141 = getelementptr inbounds %struct.cJSON, ptr %140, i32 0, i32 4
  %142 = load ptr, ptr %141, align 8
  %143 = load i32, ptr %6, align 4
  %144 = call ptr @detach_path(ptr noundef %139, ptr noundef %142, i32 noundef %143)
  store ptr %144, ptr %8, align 4
  br label %145

145:                                              ; preds = %138, %135
  %146 = load i32, ptr %10, align 4
  %147 = icmp eq i32 %146, 5
  br i1 %147, label %148, label %155

148:                                              ; preds = %145
  %149 = load ptr, ptr %4, align 4
  %150 = load ptr, ptr %17, align 4
  %151 = getelementptr inbounds %struct.cJSON, ptr %150, i32 0, i32 4
  %152 = load ptr, ptr %151, align 8
  %153 = load i32, ptr %6, align 4
  %154 = call ptr @get_item_from_pointer(ptr noundef %149, ptr noundef %152, i32 noundef %153)
  store ptr %154, ptr %8, align 4
  br label %155

155:                                              ; preds = %148, %145
  %156 = load ptr, ptr %8, align 4
  %157 = icmp eq ptr %156, null
  br i1 %157, label %158, label %159

158:                                              ; preds = %155
  store i32 5, ptr %13, align 4
  br label %262

159:                                              ; preds = %155
  %160 = load i32, ptr %10, align 4
  %161 = icmp eq i32 %160, 5
  br i1 %161, label %162, label %165

162:                                              ; preds = %159
  %163 = load ptr, ptr %8, align 4
  %164 = call ptr @cJSON_Duplicate(ptr noundef %163, i32 noundef 1)
  store ptr %164, ptr %8, align 4
  br label %165

165:                                              ; preds = %162, %159
  %166 = load ptr, ptr %8, align 4
  %167 = icmp eq ptr %166, null
  br i1 %167, label %168, label %169

168:                                              ; preds = %165
  store i32 6, ptr %13, align 4
  br label %262

169:                                              ; preds = %165
  br label %184

170:                                              ; preds = %125
  %171 = load ptr, ptr %5, align 4
  %172 = load i32, ptr %6, align 4
  %173 = call ptr @get_object_item(ptr noundef %171, ptr noundef @.str.3, i32 noundef %172)
  store ptr %173, ptr %8, align 4
  %174 = load ptr, ptr %8, align 4
  %175 = icmp eq ptr %174, null
  br i1 %175, label %176, label %177

176:                                              ; preds = %170
  store i32 7, ptr %13, align 4
  br label %262

177:                                              ; preds = %170
  %178 = load ptr, ptr %8, align 4
  %179 = call ptr @cJSON_Duplicate(ptr noundef %178, i32 noundef 1)
  store ptr %179, ptr %8, align 4
  %180 = load ptr, ptr %8, align 4
  %181 = icmp eq ptr %180, null
  br i1 %181, label %182, label %183

182:                                              ; preds = %177
  store i32 8, ptr %13, align 4
  br label %262

183:                                              ; preds = %177
  br label %184

184:                                              ; preds = %183, %169
  %185 = load ptr, ptr %7, align 4
  %186 = getelementptr inbounds %struct.cJSON, ptr %185, i32 0, i32 4
  %187 = load ptr, ptr %186, align 8
  %188 = call ptr @cJSONUtils_strdup(ptr noundef %187)
  store ptr %188, ptr %11, align 4
  %189 = load ptr, ptr %11, align 4
  %190 = icmp ne ptr %189, null
  br i1 %190, label %191, label %194

191:                                              ; preds = %184
  %192 = load ptr, ptr %11, align 4
  %193 = call ptr @strrchr(ptr noundef %192, i32 noundef 47) #5
  store ptr %193, ptr %12, align 4
  br label %194

194:                                              ; preds = %191, %184
  %195 = load ptr, ptr %12, align 4
  %196 = icmp ne ptr %195, null
  br i1 %196, label %197, label %202

197:                                              ; preds = %194
  %198 = load ptr, ptr %12, align 4
  %199 = getelementptr inbounds i8, ptr %198, i32 0
  store i8 0, ptr %199, align 1
  %200 = load ptr, ptr %12, align 4
  %201 = getelementptr inbounds i8, ptr %200, i32 1
  store ptr %201, ptr %12, align 4
  br label %202

202:                                              ; preds = %197, %194
  %203 = load ptr, ptr %4, align 4
  %204 = load ptr, ptr %11, align 4
  %205 = load i32, ptr %6, align 4
  %206 = call ptr @get_item_from_pointer(ptr noundef %203, ptr noundef %204, i32 noundef %205)
  store ptr %206, ptr %9, align 4
  %207 = load ptr, ptr %12, align 4
  call void @decode_pointer_inplace(ptr noundef %207)
  %208 = load ptr, ptr %9, align 4
  %209 = icmp eq ptr %208, null
  br i1 %209, label %213, label %210

210:                                              ; preds = %202
  %211 = load ptr, ptr %12, align 4
  %212 = icmp eq ptr %211, null
  br i1 %212, label %213, label %214

213:                                              ; preds = %210, %202
  store i32 9, ptr %13, align 4
  br label %262

214:                                              ; preds = %210
  %215 = load ptr, ptr %9, align 4
  %216 = call i32 @cJSON_IsArray(ptr noundef %215)
  %217 = icmp ne i32 %216, 0
  br i1 %217, label %218, label %240

218:                                              ; preds = %214
  %219 = load ptr, ptr %12, align 4
  %220 = call i32 @strcmp(ptr noundef %219, ptr noundef @.str.5) #5
  %221 = icmp eq i32 %220, 0
  br i1 %221, label %222, label %226

222:                                              ; preds = %218
  %223 = load ptr, ptr %9, align 4
  %224 = load ptr, ptr %8, align 4
  %225 = call i32 @cJSON_AddItemToArray(ptr noundef %223, ptr noundef %224)
  store ptr null, ptr %8, align 4
  br label %239

226:                                              ; preds = %218
  store i32 0, ptr %18, align 4
  %227 = load ptr, ptr %12, align 4
  %228 = call i32 @decode_array_index_from_pointer(ptr noundef %227, ptr noundef %18)
  %229 = icmp ne i32 %228, 0
  br i1 %229, label %231, label %230

230:                                              ; preds = %226
  store i32 11, ptr %13, align 4
  br label %262

231:                                              ; preds = %226
  %232 = load ptr, ptr %9, align 4
  %233 = load i32, ptr %18, align 4
  %234 = load ptr, ptr %8, align 4
  %235 = call i32 @insert_item_in_array(ptr noundef %232, i32 noundef %233, ptr noundef %234)
  %236 = icmp ne i32 %235, 0
  br i1 %236, label %238, label %237

237:                                              ; preds = %231
  store i32 10, ptr %13, align 4
  br label %262

238:                                              ; preds = %231
  store ptr null, ptr %8, align 4
  br label %239

239:                                              ; preds = %238, %222
  br label %260

240:                                              ; preds = %214
  %241 = load ptr, ptr %9, align 4
  %242 = call i32 @cJSON_IsObject(ptr noundef %241)
  %243 = icmp ne i32 %242, 0
  br i1 %243, label %244, label %258

244:                                              ; preds = %240
  %245 = load i32, ptr %6, align 4
  %246 = icmp ne i32 %245, 0
  br i1 %246, label %247, label %250

247:                                              ; preds = %244
  %248 = load ptr, ptr %9, align 4
  %249 = load ptr, ptr %12, align 4
  call void @cJSON_DeleteItemFromObjectCaseSensitive(ptr noundef %248, ptr noundef %249)
  br label %253

250:                                              ; preds = %244
  %251 = load ptr, ptr %9, align 4
  %252 = load ptr, ptr %12, align 4
  call void @cJSON_DeleteItemFromObject(ptr noundef %251, ptr noundef %252)
  br label %253

253:                                              ; preds = %250, %247
  %254 = load ptr, ptr %9, align 4
  %255 = load ptr, ptr %12, align 4
  %256 = load ptr, ptr %8, align 4
  %257 = call i32 @cJSON_AddItemToObject(ptr noundef %254, ptr noundef %255, ptr noundef %256)
  store ptr null, ptr %8, align 4
  br label %259

258:                                              ; preds = %240
  store i32 9, ptr %13, align 4
  br label %262

259:                                              ; preds = %253
  br label %260

260:                                              ; preds = %259, %239
  br label %261

261:                                              ; preds = %260
  br label %262

262:                                              ; preds = %261, %258, %237, %230, %213, %182, %176, %168, %158, %134, %120, %115, %98, %83, %77, %63, %36, %32, %25
  %263 = load ptr, ptr %8, align 4
  %264 = icmp ne ptr %263, null
  br i1 %264, label %265, label %267

265:                                              ; preds = %262
  %266 = load ptr, ptr %8, align 4
  call void @cJSON_Delete(ptr noundef %266)
  br label %267

267:                                              ; preds = %265, %262
  %268 = load ptr, ptr %11, align 4
  %269 = icmp ne ptr %268, null
  br i1 %269, label %270, label %272

270:                                              ; preds = %267
  %271 = load ptr, ptr %11, align 4
  call void @cJSON_free(ptr noundef %271)
  br label %272

272:                                              ; preds = %270, %267
  %273 = load i32, ptr %13, align 4
  ret i32 %273
}

; Function Attrs: noinline nounwind
define dso_local i32 @cJSONUtils_ApplyPatchesCaseSensitive(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store ptr null, ptr %6, align 4
  store i32 0, ptr %7, align 4
  %8 = load ptr, ptr %5, align 4
  %9 = call i32 @cJSON_IsArray(ptr noundef %8)
  %10 = icmp ne i32 %9, 0
  br i1 %10, label %12, label %11

11:                                               ; preds = %2
  store i32 1, ptr %3, align 4
  br label %36

12:                                               ; preds = %2
  %13 = load ptr, ptr %5, align 4
  %14 = icmp ne ptr %13, null
  br i1 %14, label %15, label %19

15:                                               ; preds = %12
  %16 = load ptr, ptr %5, align 4
  %17 = getelementptr inbounds %struct.cJSON, ptr %16, i32 0, i32 2
  %18 = load ptr, ptr %17, align 8
  store ptr %18, ptr %6, align 4
  br label %19

19:                                               ; preds = %15, %12
  br label %20

20:                                               ; preds = %31, %19
  %21 = load ptr, ptr %6, align 4
  %22 = icmp ne ptr %21, null
  br i1 %22, label %23, label %35

23:                                               ; preds = %20
  %24 = load ptr, ptr %4, align 4
  %25 = load ptr, ptr %6, align 4
  %26 = call i32 @apply_patch(ptr noundef %24, ptr noundef %25, i32 noundef 1)
  store i32 %26, ptr %7, align 4
  %27 = load i32, ptr %7, align 4
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %31

29:                                               ; preds = %23
  %30 = load i32, ptr %7, align 4
  store i32 %30, ptr %3, align 4
  br label %36

31:                                               ; preds = %23
  %32 = load ptr, ptr %6, align 4
  %33 = getelementptr inbounds %struct.cJSON, ptr %32, i32 0, i32 0
  %34 = load ptr, ptr %33, align 8
  store ptr %34, ptr %6, align 4
  br label %20, !llvm.loop !15

35:                                               ; preds = %20
  store i32 0, ptr %3, align 4
  br label %36

36:                                               ; preds = %35, %29, %11
  %37 = load i32, ptr %3, align 4
  ret i32 %37
}

; Function Attrs: noinline nounwind
define dso_local void @cJSONUtils_AddPatchToArray(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3) #0 {
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca ptr, align 4
  %8 = alloca ptr, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store ptr %2, ptr %7, align 4
  store ptr %3, ptr %8, align 4
  %9 = load ptr, ptr %5, align 4
  %10 = load ptr, ptr %6, align 4
  %11 = load ptr, ptr %7, align 4
  %12 = load ptr, ptr %8, align 4
  call void @compose_patch(ptr noundef %9, ptr noundef %10, ptr noundef %11, ptr noundef null, ptr noundef %12)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @compose_patch(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, ptr noundef %4) #0 {
  %6 = alloca ptr, align 4
  %7 = alloca ptr, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca ptr, align 4
  %11 = alloca ptr, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca ptr, align 4
  store ptr %0, ptr %6, align 4
  store ptr %1, ptr %7, align 4
  store ptr %2, ptr %8, align 4
  store ptr %3, ptr %9, align 4
  store ptr %4, ptr %10, align 4
  store ptr null, ptr %11, align 4
  %15 = load ptr, ptr %6, align 4
  %16 = icmp eq ptr %15, null
  br i1 %16, label %23, label %17

17:                                               ; preds = %5
  %18 = load ptr, ptr %7, align 4
  %19 = icmp eq ptr %18, null
  br i1 %19, label %23, label %20

20:                                               ; preds = %17
  %21 = load ptr, ptr %8, align 4
  %22 = icmp eq ptr %21, null
  br i1 %22, label %23, label %24

23:                                               ; preds = %20, %17, %5
  br label %76

24:                                               ; preds = %20
  %25 = call ptr @cJSON_CreateObject()
  store ptr %25, ptr %11, align 4
  %26 = load ptr, ptr %11, align 4
  %27 = icmp eq ptr %26, null
  br i1 %27, label %28, label %29

28:                                               ; preds = %24
  br label %76

29:                                               ; preds = %24
  %30 = load ptr, ptr %11, align 4
  %31 = load ptr, ptr %7, align 4
  %32 = call ptr @cJSON_CreateString(ptr noundef %31)
  %33 = call i32 @cJSON_AddItemToObject(ptr noundef %30, ptr noundef @.str.6, ptr noundef %32)
  %34 = load ptr, ptr %9, align 4
  %35 = icmp eq ptr %34, null
  br i1 %35, label %36, label %41

36:                                               ; preds = %29
  %37 = load ptr, ptr %11, align 4
  %38 = load ptr, ptr %8, align 4
  %39 = call ptr @cJSON_CreateString(ptr noundef %38)
  %40 = call i32 @cJSON_AddItemToObject(ptr noundef %37, ptr noundef @.str.2, ptr noundef %39)
  br label %64

41:                                               ; preds = %29
  %42 = load ptr, ptr %9, align 4
  %43 = call i32 @pointer_encoded_length(ptr noundef %42)
  store i32 %43, ptr %12, align 4
  %44 = load ptr, ptr %8, align 4
  %45 = call i32 @strlen(ptr noundef %44) #5
  store i32 %45, ptr %13, align 4
  %46 = load i32, ptr %13, align 4
  %47 = load i32, ptr %12, align 4
  %48 = add i32 %46, %47
  %49 = add i32 %48, 2
  %50 = call ptr @cJSON_malloc(i32 noundef %49)
  store ptr %50, ptr %14, align 4
  %51 = load ptr, ptr %14, align 4
  %52 = load ptr, ptr %8, align 4
  %53 = call i32 (ptr, ptr, ...) @sprintf(ptr noundef %51, ptr noundef @.str.13, ptr noundef %52) #5
  %54 = load ptr, ptr %14, align 4
  %55 = load i32, ptr %13, align 4
  %56 = getelementptr inbounds i8, ptr %54, i32 %55
  %57 = getelementptr inbounds i8, ptr %56, i32 1
  %58 = load ptr, ptr %9, align 4
  call void @encode_string_as_pointer(ptr noundef %57, ptr noundef %58)
  %59 = load ptr, ptr %11, align 4
  %60 = load ptr, ptr %14, align 4
  %61 = call ptr @cJSON_CreateString(ptr noundef %60)
  %62 = call i32 @cJSON_AddItemToObject(ptr noundef %59, ptr noundef @.str.2, ptr noundef %61)
  %63 = load ptr, ptr %14, align 4
  call void @cJSON_free(ptr noundef %63)
  br label %64

64:                                               ; preds = %41, %36
  %65 = load ptr, ptr %10, align 4
  %66 = icmp ne ptr %65, null
  br i1 %66, label %67, label %72

67:                                               ; preds = %64
  %68 = load ptr, ptr %11, align 4
  %69 = load ptr, ptr %10, align 4
  %70 = call ptr @cJSON_Duplicate(ptr noundef %69, i32 noundef 1)
  %71 = call i32 @cJSON_AddItemToObject(ptr noundef %68, ptr noundef @.str.3, ptr noundef %70)
  br label %72

72:                                               ; preds = %67, %64
  %73 = load ptr, ptr %6, align 4
  %74 = load ptr, ptr %11, align 4
  %75 = call i32 @cJSON_AddItemToArray(ptr noundef %73, ptr noundef %74)
  br label %76

76:                                               ; preds = %72, %28, %23
  ret void
}

; Function Attrs: noinline nounwind
define dso_local ptr @cJSONUtils_GeneratePatches(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store ptr null, ptr %6, align 4
  %7 = load ptr, ptr %4, align 4
  %8 = icmp eq ptr %7, null
  br i1 %8, label %12, label %9

9:                                                ; preds = %2
  %10 = load ptr, ptr %5, align 4
  %11 = icmp eq ptr %10, null
  br i1 %11, label %12, label %13

12:                                               ; preds = %9, %2
  store ptr null, ptr %3, align 4
  br label %19

13:                                               ; preds = %9
  %14 = call ptr @cJSON_CreateArray()
  store ptr %14, ptr %6, align 4
  %15 = load ptr, ptr %6, align 4
  %16 = load ptr, ptr %4, align 4
  %17 = load ptr, ptr %5, align 4
  call void @create_patches(ptr noundef %15, ptr noundef @.str, ptr noundef %16, ptr noundef %17, i32 noundef 0)
  %18 = load ptr, ptr %6, align 4
  store ptr %18, ptr %3, align 4
  br label %19

19:                                               ; preds = %13, %12
  %20 = load ptr, ptr %3, align 4
  ret ptr %20
}

declare dso_local ptr @cJSON_CreateArray() #1

; Function Attrs: noinline nounwind
define internal void @create_patches(ptr noundef %0, ptr noundef %1, ptr noundef %2, ptr noundef %3, i32 noundef %4) #0 {
  %6 = alloca ptr, align 4
  %7 = alloca ptr, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca ptr, align 4
  %13 = alloca ptr, align 4
  %14 = alloca ptr, align 4
  %15 = alloca ptr, align 4
  %16 = alloca ptr, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca ptr, align 4
  store ptr %0, ptr %6, align 4
  store ptr %1, ptr %7, align 4
  store ptr %2, ptr %8, align 4
  store ptr %3, ptr %9, align 4
  store i32 %4, ptr %10, align 4
  %21 = load ptr, ptr %8, align 4
  %22 = icmp eq ptr %21, null
  br i1 %22, label %26, label %23

23:                                               ; preds = %5
  %24 = load ptr, ptr %9, align 4
  %25 = icmp eq ptr %24, null
  br i1 %25, label %26, label %27

26:                                               ; preds = %23, %5
  br label %262

27:                                               ; preds = %23
  %28 = load ptr, ptr %8, align 4
  %29 = getelementptr inbounds %struct.cJSON, ptr %28, i32 0, i32 3
  %30 = load i32, ptr %29, align 4
  %31 = and i32 %30, 255
  %32 = load ptr, ptr %9, align 4
  %33 = getelementptr inbounds %struct.cJSON, ptr %32, i32 0, i32 3
  %34 = load i32, ptr %33, align 4
  %35 = and i32 %34, 255
  %36 = icmp ne i32 %31, %35
  br i1 %36, label %37, label %41

37:                                               ; preds = %27
  %38 = load ptr, ptr %6, align 4
  %39 = load ptr, ptr %7, align 4
  %40 = load ptr, ptr %9, align 4
  call void @compose_patch(ptr noundef %38, ptr noundef @.str.9, ptr noundef %39, ptr noundef null, ptr noundef %40)
  br label %262

41:                                               ; preds = %27
  %42 = load ptr, ptr %8, align 4
  %43 = getelementptr inbounds %struct.cJSON, ptr %42, i32 0, i32 3
  %44 = load i32, ptr %43, align 4
  %45 = and i32 %44, 255
  switch i32 %45, label %261 [
    i32 8, label %46
    i32 16, label %68
    i32 32, label %82
    i32 64, label %162
  ]

46:                                               ; preds = %41
  %47 = load ptr, ptr %8, align 4
  %48 = getelementptr inbounds %struct.cJSON, ptr %47, i32 0, i32 5
  %49 = load i32, ptr %48, align 4
  %50 = load ptr, ptr %9, align 4
  %51 = getelementptr inbounds %struct.cJSON, ptr %50, i32 0, i32 5
  %52 = load i32, ptr %51, align 4
  %53 = icmp ne i32 %49, %52
  br i1 %53, label %63, label %54

54:                                               ; preds = %46
  %55 = load ptr, ptr %8, align 4
  %56 = getelementptr inbounds %struct.cJSON, ptr %55, i32 0, i32 6
  %57 = load double, ptr %56, align 8
  %58 = load ptr, ptr %9, align 4
  %59 = getelementptr inbounds %struct.cJSON, ptr %58, i32 0, i32 6
  %60 = load double, ptr %59, align 8
  %61 = call i32 @compare_double(double noundef %57, double noundef %60)
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %67, label %63

63:                                               ; preds = %54, %46
  %64 = load ptr, ptr %6, align 4
  %65 = load ptr, ptr %7, align 4
  %66 = load ptr, ptr %9, align 4
  call void @compose_patch(ptr noundef %64, ptr noundef @.str.9, ptr noundef %65, ptr noundef null, ptr noundef %66)
  br label %67

67:                                               ; preds = %63, %54
  br label %262

68:                                               ; preds = %41
  %69 = load ptr, ptr %8, align 4
  %70 = getelementptr inbounds %struct.cJSON, ptr %69, i32 0, i32 4
  %71 = load ptr, ptr %70, align 8
  %72 = load ptr, ptr %9, align 4
  %73 = getelementptr inbounds %struct.cJSON, ptr %72, i32 0, i32 4
  %74 = load ptr, ptr %73, align 8
  %75 = call i32 @strcmp(ptr noundef %71, ptr noundef %74) #5
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %77, label %81

77:                                               ; preds = %68
  %78 = load ptr, ptr %6, align 4
  %79 = load ptr, ptr %7, align 4
  %80 = load ptr, ptr %9, align 4
  call void @compose_patch(ptr noundef %78, ptr noundef @.str.9, ptr noundef %79, ptr noundef null, ptr noundef %80)
  br label %81

81:                                               ; preds = %77, %68
  br label %262

82:                                               ; preds = %41
  store i32 0, ptr %11, align 4
  %83 = load ptr, ptr %8, align 4
  %84 = getelementptr inbounds %struct.cJSON, ptr %83, i32 0, i32 2
  %85 = load ptr, ptr %84, align 8
  store ptr %85, ptr %12, align 4
  %86 = load ptr, ptr %9, align 4
  %87 = getelementptr inbounds %struct.cJSON, ptr %86, i32 0, i32 2
  %88 = load ptr, ptr %87, align 8
  store ptr %88, ptr %13, align 4
  %89 = load ptr, ptr %7, align 4
  %90 = call i32 @strlen(ptr noundef %89) #5
  %91 = add i32 %90, 20
  %92 = add i32 %91, 2
  %93 = call ptr @cJSON_malloc(i32 noundef %92)
  store ptr %93, ptr %14, align 4
  store i32 0, ptr %11, align 4
  br label %94

94:                                               ; preds = %117, %82
  %95 = load ptr, ptr %12, align 4
  %96 = icmp ne ptr %95, null
  br i1 %96, label %97, label %100

97:                                               ; preds = %94
  %98 = load ptr, ptr %13, align 4
  %99 = icmp ne ptr %98, null
  br label %100

100:                                              ; preds = %97, %94
  %101 = phi i1 [ false, %94 ], [ %99, %97 ]
  br i1 %101, label %102, label %126

102:                                              ; preds = %100
  %103 = load i32, ptr %11, align 4
  %104 = icmp ugt i32 %103, -1
  br i1 %104, label %105, label %107

105:                                              ; preds = %102
  %106 = load ptr, ptr %14, align 4
  call void @cJSON_free(ptr noundef %106)
  br label %262

107:                                              ; preds = %102
  %108 = load ptr, ptr %14, align 4
  %109 = load ptr, ptr %7, align 4
  %110 = load i32, ptr %11, align 4
  %111 = call i32 (ptr, ptr, ...) @sprintf(ptr noundef %108, ptr noundef @.str.14, ptr noundef %109, i32 noundef %110) #5
  %112 = load ptr, ptr %6, align 4
  %113 = load ptr, ptr %14, align 4
  %114 = load ptr, ptr %12, align 4
  %115 = load ptr, ptr %13, align 4
  %116 = load i32, ptr %10, align 4
  call void @create_patches(ptr noundef %112, ptr noundef %113, ptr noundef %114, ptr noundef %115, i32 noundef %116)
  br label %117

117:                                              ; preds = %107
  %118 = load ptr, ptr %12, align 4
  %119 = getelementptr inbounds %struct.cJSON, ptr %118, i32 0, i32 0
  %120 = load ptr, ptr %119, align 8
  store ptr %120, ptr %12, align 4
  %121 = load ptr, ptr %13, align 4
  %122 = getelementptr inbounds %struct.cJSON, ptr %121, i32 0, i32 0
  %123 = load ptr, ptr %122, align 8
  store ptr %123, ptr %13, align 4
  %124 = load i32, ptr %11, align 4
  %125 = add i32 %124, 1
  store i32 %125, ptr %11, align 4
  br label %94, !llvm.loop !16

126:                                              ; preds = %100
  br label %127

127:                                              ; preds = %142, %126
  %128 = load ptr, ptr %12, align 4
  %129 = icmp ne ptr %128, null
  br i1 %129, label %130, label %146

130:                                              ; preds = %127
  %131 = load i32, ptr %11, align 4
  %132 = icmp ugt i32 %131, -1
  br i1 %132, label %133, label %135

133:                                              ; preds = %130
  %134 = load ptr, ptr %14, align 4
  call void @cJSON_free(ptr noundef %134)
  br label %262

135:                                              ; preds = %130
  %136 = load ptr, ptr %14, align 4
  %137 = load i32, ptr %11, align 4
  %138 = call i32 (ptr, ptr, ...) @sprintf(ptr noundef %136, ptr noundef @.str.15, i32 noundef %137) #5
  %139 = load ptr, ptr %6, align 4
  %140 = load ptr, ptr %7, align 4
  %141 = load ptr, ptr %14, align 4
  call void @compose_patch(ptr noundef %139, ptr noundef @.str.8, ptr noundef %140, ptr noundef %141, ptr noundef null)
  br label %142

142:                                              ; preds = %135
  %143 = load ptr, ptr %12, align 4
  %144 = getelementptr inbounds %struct.cJSON, ptr %143, i32 0, i32 0
  %145 = load ptr, ptr %144, align 8
  store ptr %145, ptr %12, align 4
  br label %127, !llvm.loop !17

146:                                              ; preds = %127
  br label %147

147:                                              ; preds = %154, %146
  %148 = load ptr, ptr %13, align 4
  %149 = icmp ne ptr %148, null
  br i1 %149, label %150, label %160

150:                                              ; preds = %147
  %151 = load ptr, ptr %6, align 4
  %152 = load ptr, ptr %7, align 4
  %153 = load ptr, ptr %13, align 4
  call void @compose_patch(ptr noundef %151, ptr noundef @.str.7, ptr noundef %152, ptr noundef @.str.5, ptr noundef %153)
  br label %154

154:                                              ; preds = %150
  %155 = load ptr, ptr %13, align 4
  %156 = getelementptr inbounds %struct.cJSON, ptr %155, i32 0, i32 0
  %157 = load ptr, ptr %156, align 8
  store ptr %157, ptr %13, align 4
  %158 = load i32, ptr %11, align 4
  %159 = add i32 %158, 1
  store i32 %159, ptr %11, align 4
  br label %147, !llvm.loop !18

160:                                              ; preds = %147
  %161 = load ptr, ptr %14, align 4
  call void @cJSON_free(ptr noundef %161)
  br label %262

162:                                              ; preds = %41
  store ptr null, ptr %15, align 4
  store ptr null, ptr %16, align 4
  %163 = load ptr, ptr %8, align 4
  %164 = load i32, ptr %10, align 4
  call void @sort_object(ptr noundef %163, i32 noundef %164)
  %165 = load ptr, ptr %9, align 4
  %166 = load i32, ptr %10, align 4
  call void @sort_object(ptr noundef %165, i32 noundef %166)
  %167 = load ptr, ptr %8, align 4
  %168 = getelementptr inbounds %struct.cJSON, ptr %167, i32 0, i32 2
  %169 = load ptr, ptr %168, align 8
  store ptr %169, ptr %15, align 4
  %170 = load ptr, ptr %9, align 4
  %171 = getelementptr inbounds %struct.cJSON, ptr %170, i32 0, i32 2
  %172 = load ptr, ptr %171, align 8
  store ptr %172, ptr %16, align 4
  br label %173

173:                                              ; preds = %259, %162
  %174 = load ptr, ptr %15, align 4
  %175 = icmp ne ptr %174, null
  br i1 %175, label %179, label %176

176:                                              ; preds = %173
  %177 = load ptr, ptr %16, align 4
  %178 = icmp ne ptr %177, null
  br label %179

179:                                              ; preds = %176, %173
  %180 = phi i1 [ true, %173 ], [ %178, %176 ]
  br i1 %180, label %181, label %260

181:                                              ; preds = %179
  %182 = load ptr, ptr %15, align 4
  %183 = icmp eq ptr %182, null
  br i1 %183, label %184, label %185

184:                                              ; preds = %181
  store i32 1, ptr %17, align 4
  br label %199

185:                                              ; preds = %181
  %186 = load ptr, ptr %16, align 4
  %187 = icmp eq ptr %186, null
  br i1 %187, label %188, label %189

188:                                              ; preds = %185
  store i32 -1, ptr %17, align 4
  br label %198

189:                                              ; preds = %185
  %190 = load ptr, ptr %15, align 4
  %191 = getelementptr inbounds %struct.cJSON, ptr %190, i32 0, i32 7
  %192 = load ptr, ptr %191, align 8
  %193 = load ptr, ptr %16, align 4
  %194 = getelementptr inbounds %struct.cJSON, ptr %193, i32 0, i32 7
  %195 = load ptr, ptr %194, align 8
  %196 = load i32, ptr %10, align 4
  %197 = call i32 @compare_strings(ptr noundef %192, ptr noundef %195, i32 noundef %196)
  store i32 %197, ptr %17, align 4
  br label %198

198:                                              ; preds = %189, %188
  br label %199

199:                                              ; preds = %198, %184
  %200 = load i32, ptr %17, align 4
  %201 = icmp eq i32 %200, 0
  br i1 %201, label %202, label %236

202:                                              ; preds = %199
  %203 = load ptr, ptr %7, align 4
  %204 = call i32 @strlen(ptr noundef %203) #5
  store i32 %204, ptr %18, align 4
  %205 = load ptr, ptr %15, align 4
  %206 = getelementptr inbounds %struct.cJSON, ptr %205, i32 0, i32 7
  %207 = load ptr, ptr %206, align 8
  %208 = call i32 @pointer_encoded_length(ptr noundef %207)
  store i32 %208, ptr %19, align 4
  %209 = load i32, ptr %18, align 4
  %210 = load i32, ptr %19, align 4
  %211 = add i32 %209, %210
  %212 = add i32 %211, 2
  %213 = call ptr @cJSON_malloc(i32 noundef %212)
  store ptr %213, ptr %20, align 4
  %214 = load ptr, ptr %20, align 4
  %215 = load ptr, ptr %7, align 4
  %216 = call i32 (ptr, ptr, ...) @sprintf(ptr noundef %214, ptr noundef @.str.13, ptr noundef %215) #5
  %217 = load ptr, ptr %20, align 4
  %218 = load i32, ptr %18, align 4
  %219 = getelementptr inbounds i8, ptr %217, i32 %218
  %220 = getelementptr inbounds i8, ptr %219, i32 1
  %221 = load ptr, ptr %15, align 4
  %222 = getelementptr inbounds %struct.cJSON, ptr %221, i32 0, i32 7
  %223 = load ptr, ptr %222, align 8
  call void @encode_string_as_pointer(ptr noundef %220, ptr noundef %223)
  %224 = load ptr, ptr %6, align 4
  %225 = load ptr, ptr %20, align 4
  %226 = load ptr, ptr %15, align 4
  %227 = load ptr, ptr %16, align 4
  %228 = load i32, ptr %10, align 4
  call void @create_patches(ptr noundef %224, ptr noundef %225, ptr noundef %226, ptr noundef %227, i32 noundef %228)
  %229 = load ptr, ptr %20, align 4
  call void @cJSON_free(ptr noundef %229)
  %230 = load ptr, ptr %15, align 4
  %231 = getelementptr inbounds %struct.cJSON, ptr %230, i32 0, i32 0
  %232 = load ptr, ptr %231, align 8
  store ptr %232, ptr %15, align 4
  %233 = load ptr, ptr %16, align 4
  %234 = getelementptr inbounds %struct.cJSON, ptr %233, i32 0, i32 0
  %235 = load ptr, ptr %234, align 8
  store ptr %235, ptr %16, align 4
  br label %259

236:                                              ; preds = %199
  %237 = load i32, ptr %17, align 4
  %238 = icmp slt i32 %237, 0
  br i1 %238, label %239, label %248

239:                                              ; preds = %236
  %240 = load ptr, ptr %6, align 4
  %241 = load ptr, ptr %7, align 4
  %242 = load ptr, ptr %15, align 4
  %243 = getelementptr inbounds %struct.cJSON, ptr %242, i32 0, i32 7
  %244 = load ptr, ptr %243, align 8
  call void @compose_patch(ptr noundef %240, ptr noundef @.str.8, ptr noundef %241, ptr noundef %244, ptr noundef null)
  %245 = load ptr, ptr %15, align 4
  %246 = getelementptr inbounds %struct.cJSON, ptr %245, i32 0, i32 0
  %247 = load ptr, ptr %246, align 8
  store ptr %247, ptr %15, align 4
  br label %258

248:                                              ; preds = %236
  %249 = load ptr, ptr %6, align 4
  %250 = load ptr, ptr %7, align 4
  %251 = load ptr, ptr %16, align 4
  %252 = getelementptr inbounds %struct.cJSON, ptr %251, i32 0, i32 7
  %253 = load ptr, ptr %252, align 8
  %254 = load ptr, ptr %16, align 4
  call void @compose_patch(ptr noundef %249, ptr noundef @.str.7, ptr noundef %250, ptr noundef %253, ptr noundef %254)
  %255 = load ptr, ptr %16, align 4
  %256 = getelementptr inbounds %struct.cJSON, ptr %255, i32 0, i32 0
  %257 = load ptr, ptr %256, align 8
  store ptr %257, ptr %16, align 4
  br label %258

258:                                              ; preds = %248, %239
  br label %259

259:                                              ; preds = %258, %202
  br label %173, !llvm.loop !19

260:                                              ; preds = %179
  br label %262

261:                                              ; preds = %41
  br label %262

262:                                              ; preds = %26, %37, %67, %81, %105, %133, %160, %260, %261
  ret void
}

; Function Attrs: noinline nounwind
define dso_local ptr @cJSONUtils_GeneratePatchesCaseSensitive(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store ptr null, ptr %6, align 4
  %7 = load ptr, ptr %4, align 4
  %8 = icmp eq ptr %7, null
  br i1 %8, label %12, label %9

9:                                                ; preds = %2
  %10 = load ptr, ptr %5, align 4
  %11 = icmp eq ptr %10, null
  br i1 %11, label %12, label %13

12:                                               ; preds = %9, %2
  store ptr null, ptr %3, align 4
  br label %19

13:                                               ; preds = %9
  %14 = call ptr @cJSON_CreateArray()
  store ptr %14, ptr %6, align 4
  %15 = load ptr, ptr %6, align 4
  %16 = load ptr, ptr %4, align 4
  %17 = load ptr, ptr %5, align 4
  call void @create_patches(ptr noundef %15, ptr noundef @.str, ptr noundef %16, ptr noundef %17, i32 noundef 1)
  %18 = load ptr, ptr %6, align 4
  store ptr %18, ptr %3, align 4
  br label %19

19:                                               ; preds = %13, %12
  %20 = load ptr, ptr %3, align 4
  ret ptr %20
}

; Function Attrs: noinline nounwind
define dso_local void @cJSONUtils_SortObject(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  call void @sort_object(ptr noundef %3, i32 noundef 0)
  ret void
}

; Function Attrs: noinline nounwind
define internal void @sort_object(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = icmp eq ptr %5, null
  br i1 %6, label %7, label %8

7:                                                ; preds = %2
  br label %16

8:                                                ; preds = %2
  %9 = load ptr, ptr %3, align 4
  %10 = getelementptr inbounds %struct.cJSON, ptr %9, i32 0, i32 2
  %11 = load ptr, ptr %10, align 8
  %12 = load i32, ptr %4, align 4
  %13 = call ptr @sort_list(ptr noundef %11, i32 noundef %12)
  %14 = load ptr, ptr %3, align 4
  %15 = getelementptr inbounds %struct.cJSON, ptr %14, i32 0, i32 2
  store ptr %13, ptr %15, align 8
  br label %16

16:                                               ; preds = %8, %7
  ret void
}

; Function Attrs: noinline nounwind
define dso_local void @cJSONUtils_SortObjectCaseSensitive(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %3 = load ptr, ptr %2, align 4
  call void @sort_object(ptr noundef %3, i32 noundef 1)
  ret void
}

; Function Attrs: noinline nounwind
define dso_local ptr @cJSONUtils_MergePatch(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = load ptr, ptr %4, align 4
  %7 = call ptr @merge_patch(ptr noundef %5, ptr noundef %6, i32 noundef 0)
  ret ptr %7
}

; Function Attrs: noinline nounwind
define internal ptr @merge_patch(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca ptr, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store ptr null, ptr %8, align 4
  %11 = load ptr, ptr %6, align 4
  %12 = call i32 @cJSON_IsObject(ptr noundef %11)
  %13 = icmp ne i32 %12, 0
  br i1 %13, label %18, label %14

14:                                               ; preds = %3
  %15 = load ptr, ptr %5, align 4
  call void @cJSON_Delete(ptr noundef %15)
  %16 = load ptr, ptr %6, align 4
  %17 = call ptr @cJSON_Duplicate(ptr noundef %16, i32 noundef 1)
  store ptr %17, ptr %4, align 4
  br label %86

18:                                               ; preds = %3
  %19 = load ptr, ptr %5, align 4
  %20 = call i32 @cJSON_IsObject(ptr noundef %19)
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %25, label %22

22:                                               ; preds = %18
  %23 = load ptr, ptr %5, align 4
  call void @cJSON_Delete(ptr noundef %23)
  %24 = call ptr @cJSON_CreateObject()
  store ptr %24, ptr %5, align 4
  br label %25

25:                                               ; preds = %22, %18
  %26 = load ptr, ptr %6, align 4
  %27 = getelementptr inbounds %struct.cJSON, ptr %26, i32 0, i32 2
  %28 = load ptr, ptr %27, align 8
  store ptr %28, ptr %8, align 4
  br label %29

29:                                               ; preds = %80, %25
  %30 = load ptr, ptr %8, align 4
  %31 = icmp ne ptr %30, null
  br i1 %31, label %32, label %84

32:                                               ; preds = %29
  %33 = load ptr, ptr %8, align 4
  %34 = call i32 @cJSON_IsNull(ptr noundef %33)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %36, label %50

36:                                               ; preds = %32
  %37 = load i32, ptr %7, align 4
  %38 = icmp ne i32 %37, 0
  br i1 %38, label %39, label %44

39:                                               ; preds = %36
  %40 = load ptr, ptr %5, align 4
  %41 = load ptr, ptr %8, align 4
  %42 = getelementptr inbounds %struct.cJSON, ptr %41, i32 0, i32 7
  %43 = load ptr, ptr %42, align 8
  call void @cJSON_DeleteItemFromObjectCaseSensitive(ptr noundef %40, ptr noundef %43)
  br label %49

44:                                               ; preds = %36
  %45 = load ptr, ptr %5, align 4
  %46 = load ptr, ptr %8, align 4
  %47 = getelementptr inbounds %struct.cJSON, ptr %46, i32 0, i32 7
  %48 = load ptr, ptr %47, align 8
  call void @cJSON_DeleteItemFromObject(ptr noundef %45, ptr noundef %48)
  br label %49

49:                                               ; preds = %44, %39
  br label %80

50:                                               ; preds = %32
  store ptr null, ptr %9, align 4
  store ptr null, ptr %10, align 4
  %51 = load i32, ptr %7, align 4
  %52 = icmp ne i32 %51, 0
  br i1 %52, label %53, label %59

53:                                               ; preds = %50
  %54 = load ptr, ptr %5, align 4
  %55 = load ptr, ptr %8, align 4
  %56 = getelementptr inbounds %struct.cJSON, ptr %55, i32 0, i32 7
  %57 = load ptr, ptr %56, align 8
  %58 = call ptr @cJSON_DetachItemFromObjectCaseSensitive(ptr noundef %54, ptr noundef %57)
  store ptr %58, ptr %9, align 4
  br label %65

59:                                               ; preds = %50
  %60 = load ptr, ptr %5, align 4
  %61 = load ptr, ptr %8, align 4
  %62 = getelementptr inbounds %struct.cJSON, ptr %61, i32 0, i32 7
  %63 = load ptr, ptr %62, align 8
  %64 = call ptr @cJSON_DetachItemFromObject(ptr noundef %60, ptr noundef %63)
  store ptr %64, ptr %9, align 4
  br label %65

65:                                               ; preds = %59, %53
  %66 = load ptr, ptr %9, align 4
  %67 = load ptr, ptr %8, align 4
  %68 = load i32, ptr %7, align 4
  %69 = call ptr @merge_patch(ptr noundef %66, ptr noundef %67, i32 noundef %68)
  store ptr %69, ptr %10, align 4
  %70 = load ptr, ptr %10, align 4
  %71 = icmp eq ptr %70, null
  br i1 %71, label %72, label %73

72:                                               ; preds = %65
  store ptr null, ptr %4, align 4
  br label %86

73:                                               ; preds = %65
  %74 = load ptr, ptr %5, align 4
  %75 = load ptr, ptr %8, align 4
  %76 = getelementptr inbounds %struct.cJSON, ptr %75, i32 0, i32 7
  %77 = load ptr, ptr %76, align 8
  %78 = load ptr, ptr %10, align 4
  %79 = call i32 @cJSON_AddItemToObject(ptr noundef %74, ptr noundef %77, ptr noundef %78)
  br label %80

80:                                               ; preds = %73, %49
  %81 = load ptr, ptr %8, align 4
  %82 = getelementptr inbounds %struct.cJSON, ptr %81, i32 0, i32 0
  %83 = load ptr, ptr %82, align 8
  store ptr %83, ptr %8, align 4
  br label %29, !llvm.loop !20

84:                                               ; preds = %29
  %85 = load ptr, ptr %5, align 4
  store ptr %85, ptr %4, align 4
  br label %86

86:                                               ; preds = %84, %72, %14
  %87 = load ptr, ptr %4, align 4
  ret ptr %87
}

; Function Attrs: noinline nounwind
define dso_local ptr @cJSONUtils_MergePatchCaseSensitive(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = load ptr, ptr %4, align 4
  %7 = call ptr @merge_patch(ptr noundef %5, ptr noundef %6, i32 noundef 1)
  ret ptr %7
}

; Function Attrs: noinline nounwind
define dso_local ptr @cJSONUtils_GenerateMergePatch(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = load ptr, ptr %4, align 4
  %7 = call ptr @generate_merge_patch(ptr noundef %5, ptr noundef %6, i32 noundef 0)
  ret ptr %7
}

; Function Attrs: noinline nounwind
define internal ptr @generate_merge_patch(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca ptr, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  store ptr null, ptr %8, align 4
  store ptr null, ptr %9, align 4
  store ptr null, ptr %10, align 4
  %12 = load ptr, ptr %6, align 4
  %13 = icmp eq ptr %12, null
  br i1 %13, label %14, label %16

14:                                               ; preds = %3
  %15 = call ptr @cJSON_CreateNull()
  store ptr %15, ptr %4, align 4
  br label %128

16:                                               ; preds = %3
  %17 = load ptr, ptr %6, align 4
  %18 = call i32 @cJSON_IsObject(ptr noundef %17)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %24

20:                                               ; preds = %16
  %21 = load ptr, ptr %5, align 4
  %22 = call i32 @cJSON_IsObject(ptr noundef %21)
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %20, %16
  %25 = load ptr, ptr %6, align 4
  %26 = call ptr @cJSON_Duplicate(ptr noundef %25, i32 noundef 1)
  store ptr %26, ptr %4, align 4
  br label %128

27:                                               ; preds = %20
  %28 = load ptr, ptr %5, align 4
  %29 = load i32, ptr %7, align 4
  call void @sort_object(ptr noundef %28, i32 noundef %29)
  %30 = load ptr, ptr %6, align 4
  %31 = load i32, ptr %7, align 4
  call void @sort_object(ptr noundef %30, i32 noundef %31)
  %32 = load ptr, ptr %5, align 4
  %33 = getelementptr inbounds %struct.cJSON, ptr %32, i32 0, i32 2
  %34 = load ptr, ptr %33, align 8
  store ptr %34, ptr %8, align 4
  %35 = load ptr, ptr %6, align 4
  %36 = getelementptr inbounds %struct.cJSON, ptr %35, i32 0, i32 2
  %37 = load ptr, ptr %36, align 8
  store ptr %37, ptr %9, align 4
  %38 = call ptr @cJSON_CreateObject()
  store ptr %38, ptr %10, align 4
  %39 = load ptr, ptr %10, align 4
  %40 = icmp eq ptr %39, null
  br i1 %40, label %41, label %42

41:                                               ; preds = %27
  store ptr null, ptr %4, align 4
  br label %128

42:                                               ; preds = %27
  br label %43

43:                                               ; preds = %118, %42
  %44 = load ptr, ptr %8, align 4
  %45 = icmp ne ptr %44, null
  br i1 %45, label %49, label %46

46:                                               ; preds = %43
  %47 = load ptr, ptr %9, align 4
  %48 = icmp ne ptr %47, null
  br label %49

49:                                               ; preds = %46, %43
  %50 = phi i1 [ true, %43 ], [ %48, %46 ]
  br i1 %50, label %51, label %119

51:                                               ; preds = %49
  %52 = load ptr, ptr %8, align 4
  %53 = icmp ne ptr %52, null
  br i1 %53, label %54, label %67

54:                                               ; preds = %51
  %55 = load ptr, ptr %9, align 4
  %56 = icmp ne ptr %55, null
  br i1 %56, label %57, label %65

57:                                               ; preds = %54
  %58 = load ptr, ptr %8, align 4
  %59 = getelementptr inbounds %struct.cJSON, ptr %58, i32 0, i32 7
  %60 = load ptr, ptr %59, align 8
  %61 = load ptr, ptr %9, align 4
  %62 = getelementptr inbounds %struct.cJSON, ptr %61, i32 0, i32 7
  %63 = load ptr, ptr %62, align 8
  %64 = call i32 @strcmp(ptr noundef %60, ptr noundef %63) #5
  store i32 %64, ptr %11, align 4
  br label %66

65:                                               ; preds = %54
  store i32 -1, ptr %11, align 4
  br label %66

66:                                               ; preds = %65, %57
  br label %68

67:                                               ; preds = %51
  store i32 1, ptr %11, align 4
  br label %68

68:                                               ; preds = %67, %66
  %69 = load i32, ptr %11, align 4
  %70 = icmp slt i32 %69, 0
  br i1 %70, label %71, label %81

71:                                               ; preds = %68
  %72 = load ptr, ptr %10, align 4
  %73 = load ptr, ptr %8, align 4
  %74 = getelementptr inbounds %struct.cJSON, ptr %73, i32 0, i32 7
  %75 = load ptr, ptr %74, align 8
  %76 = call ptr @cJSON_CreateNull()
  %77 = call i32 @cJSON_AddItemToObject(ptr noundef %72, ptr noundef %75, ptr noundef %76)
  %78 = load ptr, ptr %8, align 4
  %79 = getelementptr inbounds %struct.cJSON, ptr %78, i32 0, i32 0
  %80 = load ptr, ptr %79, align 8
  store ptr %80, ptr %8, align 4
  br label %118

81:                                               ; preds = %68
  %82 = load i32, ptr %11, align 4
  %83 = icmp sgt i32 %82, 0
  br i1 %83, label %84, label %95

84:                                               ; preds = %81
  %85 = load ptr, ptr %10, align 4
  %86 = load ptr, ptr %9, align 4
  %87 = getelementptr inbounds %struct.cJSON, ptr %86, i32 0, i32 7
  %88 = load ptr, ptr %87, align 8
  %89 = load ptr, ptr %9, align 4
  %90 = call ptr @cJSON_Duplicate(ptr noundef %89, i32 noundef 1)
  %91 = call i32 @cJSON_AddItemToObject(ptr noundef %85, ptr noundef %88, ptr noundef %90)
  %92 = load ptr, ptr %9, align 4
  %93 = getelementptr inbounds %struct.cJSON, ptr %92, i32 0, i32 0
  %94 = load ptr, ptr %93, align 8
  store ptr %94, ptr %9, align 4
  br label %117

95:                                               ; preds = %81
  %96 = load ptr, ptr %8, align 4
  %97 = load ptr, ptr %9, align 4
  %98 = load i32, ptr %7, align 4
  %99 = call i32 @compare_json(ptr noundef %96, ptr noundef %97, i32 noundef %98)
  %100 = icmp ne i32 %99, 0
  br i1 %100, label %110, label %101

101:                                              ; preds = %95
  %102 = load ptr, ptr %10, align 4
  %103 = load ptr, ptr %9, align 4
  %104 = getelementptr inbounds %struct.cJSON, ptr %103, i32 0, i32 7
  %105 = load ptr, ptr %104, align 8
  %106 = load ptr, ptr %8, align 4
  %107 = load ptr, ptr %9, align 4
  %108 = call ptr @cJSONUtils_GenerateMergePatch(ptr noundef %106, ptr noundef %107)
  %109 = call i32 @cJSON_AddItemToObject(ptr noundef %102, ptr noundef %105, ptr noundef %108)
  br label %110

110:                                              ; preds = %101, %95
  %111 = load ptr, ptr %8, align 4
  %112 = getelementptr inbounds %struct.cJSON, ptr %111, i32 0, i32 0
  %113 = load ptr, ptr %112, align 8
  store ptr %113, ptr %8, align 4
  %114 = load ptr, ptr %9, align 4
  %115 = getelementptr inbounds %struct.cJSON, ptr %114, i32 0, i32 0
  %116 = load ptr, ptr %115, align 8
  store ptr %116, ptr %9, align 4
  br label %117

117:                                              ; preds = %110, %84
  br label %118

118:                                              ; preds = %117, %71
  br label %43, !llvm.loop !21

119:                                              ; preds = %49
  %120 = load ptr, ptr %10, align 4
  %121 = getelementptr inbounds %struct.cJSON, ptr %120, i32 0, i32 2
  %122 = load ptr, ptr %121, align 8
  %123 = icmp eq ptr %122, null
  br i1 %123, label %124, label %126

124:                                              ; preds = %119
  %125 = load ptr, ptr %10, align 4
  call void @cJSON_Delete(ptr noundef %125)
  store ptr null, ptr %4, align 4
  br label %128

126:                                              ; preds = %119
  %127 = load ptr, ptr %10, align 4
  store ptr %127, ptr %4, align 4
  br label %128

128:                                              ; preds = %126, %124, %41, %24, %14
  %129 = load ptr, ptr %4, align 4
  ret ptr %129
}

; Function Attrs: noinline nounwind
define dso_local ptr @cJSONUtils_GenerateMergePatchCaseSensitive(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = load ptr, ptr %4, align 4
  %7 = call ptr @generate_merge_patch(ptr noundef %5, ptr noundef %6, i32 noundef 1)
  ret ptr %7
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #3

; Function Attrs: noinline nounwind
define internal i32 @decode_array_index_from_pointer(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 0, ptr %6, align 4
  store i32 0, ptr %7, align 4
  %8 = load ptr, ptr %4, align 4
  %9 = getelementptr inbounds i8, ptr %8, i32 0
  %10 = load i8, ptr %9, align 1
  %11 = zext i8 %10 to i32
  %12 = icmp eq i32 %11, 48
  br i1 %12, label %13, label %26

13:                                               ; preds = %2
  %14 = load ptr, ptr %4, align 4
  %15 = getelementptr inbounds i8, ptr %14, i32 1
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %19, label %26

19:                                               ; preds = %13
  %20 = load ptr, ptr %4, align 4
  %21 = getelementptr inbounds i8, ptr %20, i32 1
  %22 = load i8, ptr %21, align 1
  %23 = zext i8 %22 to i32
  %24 = icmp ne i32 %23, 47
  br i1 %24, label %25, label %26

25:                                               ; preds = %19
  store i32 0, ptr %3, align 4
  br label %74

26:                                               ; preds = %19, %13, %2
  store i32 0, ptr %7, align 4
  br label %27

27:                                               ; preds = %53, %26
  %28 = load ptr, ptr %4, align 4
  %29 = load i32, ptr %7, align 4
  %30 = getelementptr inbounds i8, ptr %28, i32 %29
  %31 = load i8, ptr %30, align 1
  %32 = zext i8 %31 to i32
  %33 = icmp sge i32 %32, 48
  br i1 %33, label %34, label %41

34:                                               ; preds = %27
  %35 = load ptr, ptr %4, align 4
  %36 = load i32, ptr %7, align 4
  %37 = getelementptr inbounds i8, ptr %35, i32 %36
  %38 = load i8, ptr %37, align 1
  %39 = zext i8 %38 to i32
  %40 = icmp sle i32 %39, 57
  br label %41

41:                                               ; preds = %34, %27
  %42 = phi i1 [ false, %27 ], [ %40, %34 ]
  br i1 %42, label %43, label %56

43:                                               ; preds = %41
  %44 = load i32, ptr %6, align 4
  %45 = mul i32 10, %44
  %46 = load ptr, ptr %4, align 4
  %47 = load i32, ptr %7, align 4
  %48 = getelementptr inbounds i8, ptr %46, i32 %47
  %49 = load i8, ptr %48, align 1
  %50 = zext i8 %49 to i32
  %51 = sub nsw i32 %50, 48
  %52 = add i32 %45, %51
  store i32 %52, ptr %6, align 4
  br label %53

53:                                               ; preds = %43
  %54 = load i32, ptr %7, align 4
  %55 = add i32 %54, 1
  store i32 %55, ptr %7, align 4
  br label %27, !llvm.loop !22

56:                                               ; preds = %41
  %57 = load ptr, ptr %4, align 4
  %58 = load i32, ptr %7, align 4
  %59 = getelementptr inbounds i8, ptr %57, i32 %58
  %60 = load i8, ptr %59, align 1
  %61 = zext i8 %60 to i32
  %62 = icmp ne i32 %61, 0
  br i1 %62, label %63, label %71

63:                                               ; preds = %56
  %64 = load ptr, ptr %4, align 4
  %65 = load i32, ptr %7, align 4
  %66 = getelementptr inbounds i8, ptr %64, i32 %65
  %67 = load i8, ptr %66, align 1
  %68 = zext i8 %67 to i32
  %69 = icmp ne i32 %68, 47
  br i1 %69, label %70, label %71

70:                                               ; preds = %63
  store i32 0, ptr %3, align 4
  br label %74

71:                                               ; preds = %63, %56
  %72 = load i32, ptr %6, align 4
  %73 = load ptr, ptr %5, align 4
  store i32 %72, ptr %73, align 4
  store i32 1, ptr %3, align 4
  br label %74

74:                                               ; preds = %71, %70, %25
  %75 = load i32, ptr %3, align 4
  ret i32 %75
}

; Function Attrs: noinline nounwind
define internal ptr @get_array_item(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store i32 %1, ptr %4, align 4
  %6 = load ptr, ptr %3, align 4
  %7 = icmp ne ptr %6, null
  br i1 %7, label %8, label %12

8:                                                ; preds = %2
  %9 = load ptr, ptr %3, align 4
  %10 = getelementptr inbounds %struct.cJSON, ptr %9, i32 0, i32 2
  %11 = load ptr, ptr %10, align 8
  br label %13

12:                                               ; preds = %2
  br label %13

13:                                               ; preds = %12, %8
  %14 = phi ptr [ %11, %8 ], [ null, %12 ]
  store ptr %14, ptr %5, align 4
  br label %15

15:                                               ; preds = %23, %13
  %16 = load ptr, ptr %5, align 4
  %17 = icmp ne ptr %16, null
  br i1 %17, label %18, label %21

18:                                               ; preds = %15
  %19 = load i32, ptr %4, align 4
  %20 = icmp ugt i32 %19, 0
  br label %21

21:                                               ; preds = %18, %15
  %22 = phi i1 [ false, %15 ], [ %20, %18 ]
  br i1 %22, label %23, label %29

23:                                               ; preds = %21
  %24 = load i32, ptr %4, align 4
  %25 = add i32 %24, -1
  store i32 %25, ptr %4, align 4
  %26 = load ptr, ptr %5, align 4
  %27 = getelementptr inbounds %struct.cJSON, ptr %26, i32 0, i32 0
  %28 = load ptr, ptr %27, align 8
  store ptr %28, ptr %5, align 4
  br label %15, !llvm.loop !23

29:                                               ; preds = %21
  %30 = load ptr, ptr %5, align 4
  ret ptr %30
}

; Function Attrs: noinline nounwind
define internal i32 @compare_pointers(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %12 = load ptr, ptr %5, align 4
  %13 = icmp eq ptr %12, null
  br i1 %13, label %17, label %14

14:                                               ; preds = %3
  %15 = load ptr, ptr %6, align 4
  %16 = icmp eq ptr %15, null
  br i1 %16, label %17, label %18

17:                                               ; preds = %14, %3
  store i32 0, ptr %4, align 4
  br label %153

18:                                               ; preds = %14
  br label %19

19:                                               ; preds = %127, %18
  %20 = load ptr, ptr %5, align 4
  %21 = load i8, ptr %20, align 1
  %22 = zext i8 %21 to i32
  %23 = icmp ne i32 %22, 0
  br i1 %23, label %24, label %34

24:                                               ; preds = %19
  %25 = load ptr, ptr %6, align 4
  %26 = load i8, ptr %25, align 1
  %27 = zext i8 %26 to i32
  %28 = icmp ne i32 %27, 0
  br i1 %28, label %29, label %34

29:                                               ; preds = %24
  %30 = load ptr, ptr %6, align 4
  %31 = load i8, ptr %30, align 1
  %32 = zext i8 %31 to i32
  %33 = icmp ne i32 %32, 47
  br label %34

34:                                               ; preds = %29, %24, %19
  %35 = phi i1 [ false, %24 ], [ false, %19 ], [ %33, %29 ]
  br i1 %35, label %36, label %132

36:                                               ; preds = %34
  %37 = load ptr, ptr %6, align 4
  %38 = load i8, ptr %37, align 1
  %39 = zext i8 %38 to i32
  %40 = icmp eq i32 %39, 126
  br i1 %40, label %41, label %68

41:                                               ; preds = %36
  %42 = load ptr, ptr %6, align 4
  %43 = getelementptr inbounds i8, ptr %42, i32 1
  %44 = load i8, ptr %43, align 1
  %45 = zext i8 %44 to i32
  %46 = icmp ne i32 %45, 48
  br i1 %46, label %52, label %47

47:                                               ; preds = %41
  %48 = load ptr, ptr %5, align 4
  %49 = load i8, ptr %48, align 1
  %50 = zext i8 %49 to i32
  %51 = icmp ne i32 %50, 126
  br i1 %51, label %52, label %64

52:                                               ; preds = %47, %41
  %53 = load ptr, ptr %6, align 4
  %54 = getelementptr inbounds i8, ptr %53, i32 1
  %55 = load i8, ptr %54, align 1
  %56 = zext i8 %55 to i32
  %57 = icmp ne i32 %56, 49
  br i1 %57, label %63, label %58

58:                                               ; preds = %52
  %59 = load ptr, ptr %5, align 4
  %60 = load i8, ptr %59, align 1
  %61 = zext i8 %60 to i32
  %62 = icmp ne i32 %61, 47
  br i1 %62, label %63, label %64

63:                                               ; preds = %58, %52
  store i32 0, ptr %4, align 4
  br label %153

64:                                               ; preds = %58, %47
  %65 = load ptr, ptr %6, align 4
  %66 = getelementptr inbounds i8, ptr %65, i32 1
  store ptr %66, ptr %6, align 4
  br label %67

67:                                               ; preds = %64
  br label %126

68:                                               ; preds = %36
  %69 = load i32, ptr %7, align 4
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %113, label %71

71:                                               ; preds = %68
  %72 = load ptr, ptr %5, align 4
  %73 = load i8, ptr %72, align 1
  store i8 %73, ptr %8, align 1
  %74 = load i8, ptr %8, align 1
  %75 = zext i8 %74 to i32
  %76 = getelementptr inbounds i8, ptr getelementptr inbounds (i8, ptr @_ctype_, i32 1), i32 %75
  %77 = load i8, ptr %76, align 1
  %78 = zext i8 %77 to i32
  %79 = and i32 %78, 3
  %80 = icmp eq i32 %79, 1
  br i1 %80, label %81, label %86

81:                                               ; preds = %71
  %82 = load i8, ptr %8, align 1
  %83 = zext i8 %82 to i32
  %84 = sub nsw i32 %83, 65
  %85 = add nsw i32 %84, 97
  br label %89

86:                                               ; preds = %71
  %87 = load i8, ptr %8, align 1
  %88 = zext i8 %87 to i32
  br label %89

89:                                               ; preds = %86, %81
  %90 = phi i32 [ %85, %81 ], [ %88, %86 ]
  store i32 %90, ptr %9, align 4
  %91 = load i32, ptr %9, align 4
  %92 = load ptr, ptr %6, align 4
  %93 = load i8, ptr %92, align 1
  store i8 %93, ptr %10, align 1
  %94 = load i8, ptr %10, align 1
  %95 = zext i8 %94 to i32
  %96 = getelementptr inbounds i8, ptr getelementptr inbounds (i8, ptr @_ctype_, i32 1), i32 %95
  %97 = load i8, ptr %96, align 1
  %98 = zext i8 %97 to i32
  %99 = and i32 %98, 3
  %100 = icmp eq i32 %99, 1
  br i1 %100, label %101, label %106

101:                                              ; preds = %89
  %102 = load i8, ptr %10, align 1
  %103 = zext i8 %102 to i32
  %104 = sub nsw i32 %103, 65
  %105 = add nsw i32 %104, 97
  br label %109

106:                                              ; preds = %89
  %107 = load i8, ptr %10, align 1
  %108 = zext i8 %107 to i32
  br label %109

109:                                              ; preds = %106, %101
  %110 = phi i32 [ %105, %101 ], [ %108, %106 ]
  store i32 %110, ptr %11, align 4
  %111 = load i32, ptr %11, align 4
  %112 = icmp ne i32 %91, %111
  br i1 %112, label %124, label %113

113:                                              ; preds = %109, %68
  %114 = load i32, ptr %7, align 4
  %115 = icmp ne i32 %114, 0
  br i1 %115, label %116, label %125

116:                                              ; preds = %113
  %117 = load ptr, ptr %5, align 4
  %118 = load i8, ptr %117, align 1
  %119 = zext i8 %118 to i32
  %120 = load ptr, ptr %6, align 4
  %121 = load i8, ptr %120, align 1
  %122 = zext i8 %121 to i32
  %123 = icmp ne i32 %119, %122
  br i1 %123, label %124, label %125

124:                                              ; preds = %116, %109
  store i32 0, ptr %4, align 4
  br label %153

125:                                              ; preds = %116, %113
  br label %126

126:                                              ; preds = %125, %67
  br label %127

127:                                              ; preds = %126
  %128 = load ptr, ptr %5, align 4
  %129 = getelementptr inbounds i8, ptr %128, i32 1
  store ptr %129, ptr %5, align 4
  %130 = load ptr, ptr %6, align 4
  %131 = getelementptr inbounds i8, ptr %130, i32 1
  store ptr %131, ptr %6, align 4
  br label %19, !llvm.loop !24

132:                                              ; preds = %34
  %133 = load ptr, ptr %6, align 4
  %134 = load i8, ptr %133, align 1
  %135 = zext i8 %134 to i32
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %137, label %142

137:                                              ; preds = %132
  %138 = load ptr, ptr %6, align 4
  %139 = load i8, ptr %138, align 1
  %140 = zext i8 %139 to i32
  %141 = icmp ne i32 %140, 47
  br label %142

142:                                              ; preds = %137, %132
  %143 = phi i1 [ false, %132 ], [ %141, %137 ]
  %144 = zext i1 %143 to i32
  %145 = load ptr, ptr %5, align 4
  %146 = load i8, ptr %145, align 1
  %147 = zext i8 %146 to i32
  %148 = icmp ne i32 %147, 0
  %149 = zext i1 %148 to i32
  %150 = icmp ne i32 %144, %149
  br i1 %150, label %151, label %152

151:                                              ; preds = %142
  store i32 0, ptr %4, align 4
  br label %153

152:                                              ; preds = %142
  store i32 1, ptr %4, align 4
  br label %153

153:                                              ; preds = %152, %151, %124, %63, %17
  %154 = load i32, ptr %4, align 4
  ret i32 %154
}

; Function Attrs: noinline nounwind
define internal ptr @get_object_item(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %8 = load i32, ptr %7, align 4
  %9 = icmp ne i32 %8, 0
  br i1 %9, label %10, label %14

10:                                               ; preds = %3
  %11 = load ptr, ptr %5, align 4
  %12 = load ptr, ptr %6, align 4
  %13 = call ptr @cJSON_GetObjectItemCaseSensitive(ptr noundef %11, ptr noundef %12)
  store ptr %13, ptr %4, align 4
  br label %18

14:                                               ; preds = %3
  %15 = load ptr, ptr %5, align 4
  %16 = load ptr, ptr %6, align 4
  %17 = call ptr @cJSON_GetObjectItem(ptr noundef %15, ptr noundef %16)
  store ptr %17, ptr %4, align 4
  br label %18

18:                                               ; preds = %14, %10
  %19 = load ptr, ptr %4, align 4
  ret ptr %19
}

declare dso_local i32 @cJSON_IsString(ptr noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @decode_patch_operation(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 4
  store ptr %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %7 = load ptr, ptr %4, align 4
  %8 = load i32, ptr %5, align 4
  %9 = call ptr @get_object_item(ptr noundef %7, ptr noundef @.str.6, i32 noundef %8)
  store ptr %9, ptr %6, align 4
  %10 = load ptr, ptr %6, align 4
  %11 = call i32 @cJSON_IsString(ptr noundef %10)
  %12 = icmp ne i32 %11, 0
  br i1 %12, label %14, label %13

13:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  br label %57

14:                                               ; preds = %2
  %15 = load ptr, ptr %6, align 4
  %16 = getelementptr inbounds %struct.cJSON, ptr %15, i32 0, i32 4
  %17 = load ptr, ptr %16, align 8
  %18 = call i32 @strcmp(ptr noundef %17, ptr noundef @.str.7) #5
  %19 = icmp eq i32 %18, 0
  br i1 %19, label %20, label %21

20:                                               ; preds = %14
  store i32 1, ptr %3, align 4
  br label %57

21:                                               ; preds = %14
  %22 = load ptr, ptr %6, align 4
  %23 = getelementptr inbounds %struct.cJSON, ptr %22, i32 0, i32 4
  %24 = load ptr, ptr %23, align 8
  %25 = call i32 @strcmp(ptr noundef %24, ptr noundef @.str.8) #5
  %26 = icmp eq i32 %25, 0
  br i1 %26, label %27, label %28

27:                                               ; preds = %21
  store i32 2, ptr %3, align 4
  br label %57

28:                                               ; preds = %21
  %29 = load ptr, ptr %6, align 4
  %30 = getelementptr inbounds %struct.cJSON, ptr %29, i32 0, i32 4
  %31 = load ptr, ptr %30, align 8
  %32 = call i32 @strcmp(ptr noundef %31, ptr noundef @.str.9) #5
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %34, label %35

34:                                               ; preds = %28
  store i32 3, ptr %3, align 4
  br label %57

35:                                               ; preds = %28
  %36 = load ptr, ptr %6, align 4
  %37 = getelementptr inbounds %struct.cJSON, ptr %36, i32 0, i32 4
  %38 = load ptr, ptr %37, align 8
  %39 = call i32 @strcmp(ptr noundef %38, ptr noundef @.str.10) #5
  %40 = icmp eq i32 %39, 0
  br i1 %40, label %41, label %42

41:                                               ; preds = %35
  store i32 4, ptr %3, align 4
  br label %57

42:                                               ; preds = %35
  %43 = load ptr, ptr %6, align 4
  %44 = getelementptr inbounds %struct.cJSON, ptr %43, i32 0, i32 4
  %45 = load ptr, ptr %44, align 8
  %46 = call i32 @strcmp(ptr noundef %45, ptr noundef @.str.11) #5
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %48, label %49

48:                                               ; preds = %42
  store i32 5, ptr %3, align 4
  br label %57

49:                                               ; preds = %42
  %50 = load ptr, ptr %6, align 4
  %51 = getelementptr inbounds %struct.cJSON, ptr %50, i32 0, i32 4
  %52 = load ptr, ptr %51, align 8
  %53 = call i32 @strcmp(ptr noundef %52, ptr noundef @.str.12) #5
  %54 = icmp eq i32 %53, 0
  br i1 %54, label %55, label %56

55:                                               ; preds = %49
  store i32 6, ptr %3, align 4
  br label %57

56:                                               ; preds = %49
  store i32 0, ptr %3, align 4
  br label %57

57:                                               ; preds = %56, %55, %48, %41, %34, %27, %20, %13
  %58 = load i32, ptr %3, align 4
  ret i32 %58
}

; Function Attrs: noinline nounwind
define internal i32 @compare_json(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %10 = load ptr, ptr %5, align 4
  %11 = icmp eq ptr %10, null
  br i1 %11, label %25, label %12

12:                                               ; preds = %3
  %13 = load ptr, ptr %6, align 4
  %14 = icmp eq ptr %13, null
  br i1 %14, label %25, label %15

15:                                               ; preds = %12
  %16 = load ptr, ptr %5, align 4
  %17 = getelementptr inbounds %struct.cJSON, ptr %16, i32 0, i32 3
  %18 = load i32, ptr %17, align 4
  %19 = and i32 %18, 255
  %20 = load ptr, ptr %6, align 4
  %21 = getelementptr inbounds %struct.cJSON, ptr %20, i32 0, i32 3
  %22 = load i32, ptr %21, align 4
  %23 = and i32 %22, 255
  %24 = icmp ne i32 %19, %23
  br i1 %24, label %25, label %26

25:                                               ; preds = %15, %12, %3
  store i32 0, ptr %4, align 4
  br label %156

26:                                               ; preds = %15
  %27 = load ptr, ptr %5, align 4
  %28 = getelementptr inbounds %struct.cJSON, ptr %27, i32 0, i32 3
  %29 = load i32, ptr %28, align 4
  %30 = and i32 %29, 255
  switch i32 %30, label %154 [
    i32 8, label %31
    i32 16, label %50
    i32 32, label %61
    i32 64, label %100
  ]

31:                                               ; preds = %26
  %32 = load ptr, ptr %5, align 4
  %33 = getelementptr inbounds %struct.cJSON, ptr %32, i32 0, i32 5
  %34 = load i32, ptr %33, align 4
  %35 = load ptr, ptr %6, align 4
  %36 = getelementptr inbounds %struct.cJSON, ptr %35, i32 0, i32 5
  %37 = load i32, ptr %36, align 4
  %38 = icmp ne i32 %34, %37
  br i1 %38, label %48, label %39

39:                                               ; preds = %31
  %40 = load ptr, ptr %5, align 4
  %41 = getelementptr inbounds %struct.cJSON, ptr %40, i32 0, i32 6
  %42 = load double, ptr %41, align 8
  %43 = load ptr, ptr %6, align 4
  %44 = getelementptr inbounds %struct.cJSON, ptr %43, i32 0, i32 6
  %45 = load double, ptr %44, align 8
  %46 = call i32 @compare_double(double noundef %42, double noundef %45)
  %47 = icmp ne i32 %46, 0
  br i1 %47, label %49, label %48

48:                                               ; preds = %39, %31
  store i32 0, ptr %4, align 4
  br label %156

49:                                               ; preds = %39
  store i32 1, ptr %4, align 4
  br label %156

50:                                               ; preds = %26
  %51 = load ptr, ptr %5, align 4
  %52 = getelementptr inbounds %struct.cJSON, ptr %51, i32 0, i32 4
  %53 = load ptr, ptr %52, align 8
  %54 = load ptr, ptr %6, align 4
  %55 = getelementptr inbounds %struct.cJSON, ptr %54, i32 0, i32 4
  %56 = load ptr, ptr %55, align 8
  %57 = call i32 @strcmp(ptr noundef %53, ptr noundef %56) #5
  %58 = icmp ne i32 %57, 0
  br i1 %58, label %59, label %60

59:                                               ; preds = %50
  store i32 0, ptr %4, align 4
  br label %156

60:                                               ; preds = %50
  store i32 1, ptr %4, align 4
  br label %156

61:                                               ; preds = %26
  %62 = load ptr, ptr %5, align 4
  %63 = getelementptr inbounds %struct.cJSON, ptr %62, i32 0, i32 2
  %64 = load ptr, ptr %63, align 8
  store ptr %64, ptr %5, align 4
  %65 = load ptr, ptr %6, align 4
  %66 = getelementptr inbounds %struct.cJSON, ptr %65, i32 0, i32 2
  %67 = load ptr, ptr %66, align 8
  store ptr %67, ptr %6, align 4
  br label %68

68:                                               ; preds = %85, %61
  %69 = load ptr, ptr %5, align 4
  %70 = icmp ne ptr %69, null
  br i1 %70, label %71, label %74

71:                                               ; preds = %68
  %72 = load ptr, ptr %6, align 4
  %73 = icmp ne ptr %72, null
  br label %74

74:                                               ; preds = %71, %68
  %75 = phi i1 [ false, %68 ], [ %73, %71 ]
  br i1 %75, label %76, label %92

76:                                               ; preds = %74
  %77 = load ptr, ptr %5, align 4
  %78 = load ptr, ptr %6, align 4
  %79 = load i32, ptr %7, align 4
  %80 = call i32 @compare_json(ptr noundef %77, ptr noundef %78, i32 noundef %79)
  store i32 %80, ptr %8, align 4
  %81 = load i32, ptr %8, align 4
  %82 = icmp ne i32 %81, 0
  br i1 %82, label %84, label %83

83:                                               ; preds = %76
  store i32 0, ptr %4, align 4
  br label %156

84:                                               ; preds = %76
  br label %85

85:                                               ; preds = %84
  %86 = load ptr, ptr %5, align 4
  %87 = getelementptr inbounds %struct.cJSON, ptr %86, i32 0, i32 0
  %88 = load ptr, ptr %87, align 8
  store ptr %88, ptr %5, align 4
  %89 = load ptr, ptr %6, align 4
  %90 = getelementptr inbounds %struct.cJSON, ptr %89, i32 0, i32 0
  %91 = load ptr, ptr %90, align 8
  store ptr %91, ptr %6, align 4
  br label %68, !llvm.loop !25

92:                                               ; preds = %74
  %93 = load ptr, ptr %5, align 4
  %94 = icmp ne ptr %93, null
  br i1 %94, label %98, label %95

95:                                               ; preds = %92
  %96 = load ptr, ptr %6, align 4
  %97 = icmp ne ptr %96, null
  br i1 %97, label %98, label %99

98:                                               ; preds = %95, %92
  store i32 0, ptr %4, align 4
  br label %156

99:                                               ; preds = %95
  store i32 1, ptr %4, align 4
  br label %156

100:                                              ; preds = %26
  %101 = load ptr, ptr %5, align 4
  %102 = load i32, ptr %7, align 4
  call void @sort_object(ptr noundef %101, i32 noundef %102)
  %103 = load ptr, ptr %6, align 4
  %104 = load i32, ptr %7, align 4
  call void @sort_object(ptr noundef %103, i32 noundef %104)
  %105 = load ptr, ptr %5, align 4
  %106 = getelementptr inbounds %struct.cJSON, ptr %105, i32 0, i32 2
  %107 = load ptr, ptr %106, align 8
  store ptr %107, ptr %5, align 4
  %108 = load ptr, ptr %6, align 4
  %109 = getelementptr inbounds %struct.cJSON, ptr %108, i32 0, i32 2
  %110 = load ptr, ptr %109, align 8
  store ptr %110, ptr %6, align 4
  br label %111

111:                                              ; preds = %139, %100
  %112 = load ptr, ptr %5, align 4
  %113 = icmp ne ptr %112, null
  br i1 %113, label %114, label %117

114:                                              ; preds = %111
  %115 = load ptr, ptr %6, align 4
  %116 = icmp ne ptr %115, null
  br label %117

117:                                              ; preds = %114, %111
  %118 = phi i1 [ false, %111 ], [ %116, %114 ]
  br i1 %118, label %119, label %146

119:                                              ; preds = %117
  store i32 0, ptr %9, align 4
  %120 = load ptr, ptr %5, align 4
  %121 = getelementptr inbounds %struct.cJSON, ptr %120, i32 0, i32 7
  %122 = load ptr, ptr %121, align 8
  %123 = load ptr, ptr %6, align 4
  %124 = getelementptr inbounds %struct.cJSON, ptr %123, i32 0, i32 7
  %125 = load ptr, ptr %124, align 8
  %126 = load i32, ptr %7, align 4
  %127 = call i32 @compare_strings(ptr noundef %122, ptr noundef %125, i32 noundef %126)
  %128 = icmp ne i32 %127, 0
  br i1 %128, label %129, label %130

129:                                              ; preds = %119
  store i32 0, ptr %4, align 4
  br label %156

130:                                              ; preds = %119
  %131 = load ptr, ptr %5, align 4
  %132 = load ptr, ptr %6, align 4
  %133 = load i32, ptr %7, align 4
  %134 = call i32 @compare_json(ptr noundef %131, ptr noundef %132, i32 noundef %133)
  store i32 %134, ptr %9, align 4
  %135 = load i32, ptr %9, align 4
  %136 = icmp ne i32 %135, 0
  br i1 %136, label %138, label %137

137:                                              ; preds = %130
  store i32 0, ptr %4, align 4
  br label %156

138:                                              ; preds = %130
  br label %139

139:                                              ; preds = %138
  %140 = load ptr, ptr %5, align 4
  %141 = getelementptr inbounds %struct.cJSON, ptr %140, i32 0, i32 0
  %142 = load ptr, ptr %141, align 8
  store ptr %142, ptr %5, align 4
  %143 = load ptr, ptr %6, align 4
  %144 = getelementptr inbounds %struct.cJSON, ptr %143, i32 0, i32 0
  %145 = load ptr, ptr %144, align 8
  store ptr %145, ptr %6, align 4
  br label %111, !llvm.loop !26

146:                                              ; preds = %117
  %147 = load ptr, ptr %5, align 4
  %148 = icmp ne ptr %147, null
  br i1 %148, label %152, label %149

149:                                              ; preds = %146
  %150 = load ptr, ptr %6, align 4
  %151 = icmp ne ptr %150, null
  br i1 %151, label %152, label %153

152:                                              ; preds = %149, %146
  store i32 0, ptr %4, align 4
  br label %156

153:                                              ; preds = %149
  store i32 1, ptr %4, align 4
  br label %156

154:                                              ; preds = %26
  br label %155

155:                                              ; preds = %154
  store i32 1, ptr %4, align 4
  br label %156

156:                                              ; preds = %155, %153, %152, %137, %129, %99, %98, %83, %60, %59, %49, %48, %25
  %157 = load i32, ptr %4, align 4
  ret i32 %157
}

; Function Attrs: noinline nounwind
define internal void @overwrite_item(ptr noundef %0, ptr noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  store ptr %0, ptr %3, align 4
  store ptr %1, ptr %4, align 4
  %5 = load ptr, ptr %3, align 4
  %6 = icmp eq ptr %5, null
  br i1 %6, label %7, label %8

7:                                                ; preds = %2
  br label %37

8:                                                ; preds = %2
  %9 = load ptr, ptr %3, align 4
  %10 = getelementptr inbounds %struct.cJSON, ptr %9, i32 0, i32 7
  %11 = load ptr, ptr %10, align 8
  %12 = icmp ne ptr %11, null
  br i1 %12, label %13, label %17

13:                                               ; preds = %8
  %14 = load ptr, ptr %3, align 4
  %15 = getelementptr inbounds %struct.cJSON, ptr %14, i32 0, i32 7
  %16 = load ptr, ptr %15, align 8
  call void @cJSON_free(ptr noundef %16)
  br label %17

17:                                               ; preds = %13, %8
  %18 = load ptr, ptr %3, align 4
  %19 = getelementptr inbounds %struct.cJSON, ptr %18, i32 0, i32 4
  %20 = load ptr, ptr %19, align 8
  %21 = icmp ne ptr %20, null
  br i1 %21, label %22, label %26

22:                                               ; preds = %17
  %23 = load ptr, ptr %3, align 4
  %24 = getelementptr inbounds %struct.cJSON, ptr %23, i32 0, i32 4
  %25 = load ptr, ptr %24, align 8
  call void @cJSON_free(ptr noundef %25)
  br label %26

26:                                               ; preds = %22, %17
  %27 = load ptr, ptr %3, align 4
  %28 = getelementptr inbounds %struct.cJSON, ptr %27, i32 0, i32 2
  %29 = load ptr, ptr %28, align 8
  %30 = icmp ne ptr %29, null
  br i1 %30, label %31, label %35

31:                                               ; preds = %26
  %32 = load ptr, ptr %3, align 4
  %33 = getelementptr inbounds %struct.cJSON, ptr %32, i32 0, i32 2
  %34 = load ptr, ptr %33, align 8
  call void @cJSON_Delete(ptr noundef %34)
  br label %35

35:                                               ; preds = %31, %26
  %36 = load ptr, ptr %3, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %36, ptr align 8 %1, i32 40, i1 false)
  br label %37

37:                                               ; preds = %35, %7
  ret void
}

declare dso_local ptr @cJSON_Duplicate(ptr noundef, i32 noundef) #1

; Function Attrs: noinline nounwind
define internal ptr @detach_path(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca ptr, align 4
  %11 = alloca i32, align 4
  store ptr %0, ptr %4, align 4
  store ptr %1, ptr %5, align 4
  store i32 %2, ptr %6, align 4
  store ptr null, ptr %7, align 4
  store ptr null, ptr %8, align 4
  store ptr null, ptr %9, align 4
  store ptr null, ptr %10, align 4
  %12 = load ptr, ptr %5, align 4
  %13 = call ptr @cJSONUtils_strdup(ptr noundef %12)
  store ptr %13, ptr %7, align 4
  %14 = load ptr, ptr %7, align 4
  %15 = icmp eq ptr %14, null
  br i1 %15, label %16, label %17

16:                                               ; preds = %3
  br label %56

17:                                               ; preds = %3
  %18 = load ptr, ptr %7, align 4
  %19 = call ptr @strrchr(ptr noundef %18, i32 noundef 47) #5
  store ptr %19, ptr %8, align 4
  %20 = load ptr, ptr %8, align 4
  %21 = icmp eq ptr %20, null
  br i1 %21, label %22, label %23

22:                                               ; preds = %17
  br label %56

23:                                               ; preds = %17
  %24 = load ptr, ptr %8, align 4
  %25 = getelementptr inbounds i8, ptr %24, i32 0
  store i8 0, ptr %25, align 1
  %26 = load ptr, ptr %8, align 4
  %27 = getelementptr inbounds i8, ptr %26, i32 1
  store ptr %27, ptr %8, align 4
  %28 = load ptr, ptr %4, align 4
  %29 = load ptr, ptr %7, align 4
  %30 = load i32, ptr %6, align 4
  %31 = call ptr @get_item_from_pointer(ptr noundef %28, ptr noundef %29, i32 noundef %30)
  store ptr %31, ptr %9, align 4
  %32 = load ptr, ptr %8, align 4
  call void @decode_pointer_inplace(ptr noundef %32)
  %33 = load ptr, ptr %9, align 4
  %34 = call i32 @cJSON_IsArray(ptr noundef %33)
  %35 = icmp ne i32 %34, 0
  br i1 %35, label %36, label %45

36:                                               ; preds = %23
  store i32 0, ptr %11, align 4
  %37 = load ptr, ptr %8, align 4
  %38 = call i32 @decode_array_index_from_pointer(ptr noundef %37, ptr noundef %11)
  %39 = icmp ne i32 %38, 0
  br i1 %39, label %41, label %40

40:                                               ; preds = %36
  br label %56

41:                                               ; preds = %36
  %42 = load ptr, ptr %9, align 4
  %43 = load i32, ptr %11, align 4
  %44 = call ptr @detach_item_from_array(ptr noundef %42, i32 noundef %43)
  store ptr %44, ptr %10, align 4
  br label %55

45:                                               ; preds = %23
  %46 = load ptr, ptr %9, align 4
  %47 = call i32 @cJSON_IsObject(ptr noundef %46)
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %49, label %53

49:                                               ; preds = %45
  %50 = load ptr, ptr %9, align 4
  %51 = load ptr, ptr %8, align 4
  %52 = call ptr @cJSON_DetachItemFromObject(ptr noundef %50, ptr noundef %51)
  store ptr %52, ptr %10, align 4
  br label %54

53:                                               ; preds = %45
  br label %56

54:                                               ; preds = %49
  br label %55

55:                                               ; preds = %54, %41
  br label %56

56:                                               ; preds = %55, %53, %40, %22, %16
  %57 = load ptr, ptr %7, align 4
  %58 = icmp ne ptr %57, null
  br i1 %58, label %59, label %61

59:                                               ; preds = %56
  %60 = load ptr, ptr %7, align 4
  call void @cJSON_free(ptr noundef %60)
  br label %61

61:                                               ; preds = %59, %56
  %62 = load ptr, ptr %10, align 4
  ret ptr %62
}

declare dso_local void @cJSON_Delete(ptr noundef) #1

; Function Attrs: nounwind
declare dso_local ptr @strrchr(ptr noundef, i32 noundef) #2

; Function Attrs: noinline nounwind
define internal void @decode_pointer_inplace(ptr noundef %0) #0 {
  %2 = alloca ptr, align 4
  %3 = alloca ptr, align 4
  store ptr %0, ptr %2, align 4
  %4 = load ptr, ptr %2, align 4
  store ptr %4, ptr %3, align 4
  %5 = load ptr, ptr %2, align 4
  %6 = icmp eq ptr %5, null
  br i1 %6, label %7, label %8

7:                                                ; preds = %1
  br label %51

8:                                                ; preds = %1
  br label %9

9:                                                ; preds = %43, %8
  %10 = load ptr, ptr %2, align 4
  %11 = load i8, ptr %10, align 1
  %12 = icmp ne i8 %11, 0
  br i1 %12, label %13, label %48

13:                                               ; preds = %9
  %14 = load ptr, ptr %2, align 4
  %15 = getelementptr inbounds i8, ptr %14, i32 0
  %16 = load i8, ptr %15, align 1
  %17 = zext i8 %16 to i32
  %18 = icmp eq i32 %17, 126
  br i1 %18, label %19, label %42

19:                                               ; preds = %13
  %20 = load ptr, ptr %2, align 4
  %21 = getelementptr inbounds i8, ptr %20, i32 1
  %22 = load i8, ptr %21, align 1
  %23 = zext i8 %22 to i32
  %24 = icmp eq i32 %23, 48
  br i1 %24, label %25, label %28

25:                                               ; preds = %19
  %26 = load ptr, ptr %3, align 4
  %27 = getelementptr inbounds i8, ptr %26, i32 0
  store i8 126, ptr %27, align 1
  br label %39

28:                                               ; preds = %19
  %29 = load ptr, ptr %2, align 4
  %30 = getelementptr inbounds i8, ptr %29, i32 1
  %31 = load i8, ptr %30, align 1
  %32 = zext i8 %31 to i32
  %33 = icmp eq i32 %32, 49
  br i1 %33, label %34, label %37

34:                                               ; preds = %28
  %35 = load ptr, ptr %3, align 4
  %36 = getelementptr inbounds i8, ptr %35, i32 1
  store i8 47, ptr %36, align 1
  br label %38

37:                                               ; preds = %28
  br label %51

38:                                               ; preds = %34
  br label %39

39:                                               ; preds = %38, %25
  %40 = load ptr, ptr %2, align 4
  %41 = getelementptr inbounds i8, ptr %40, i32 1
  store ptr %41, ptr %2, align 4
  br label %42

42:                                               ; preds = %39, %13
  br label %43

43:                                               ; preds = %42
  %44 = load ptr, ptr %3, align 4
  %45 = getelementptr inbounds i8, ptr %44, i32 1
  store ptr %45, ptr %3, align 4
  %46 = load ptr, ptr %2, align 4
  %47 = getelementptr inbounds i8, ptr %46, i32 1
  store ptr %47, ptr %2, align 4
  br label %9, !llvm.loop !27

48:                                               ; preds = %9
  %49 = load ptr, ptr %3, align 4
  %50 = getelementptr inbounds i8, ptr %49, i32 0
  store i8 0, ptr %50, align 1
  br label %51

51:                                               ; preds = %48, %37, %7
  ret void
}

; Function Attrs: nounwind
declare dso_local i32 @strcmp(ptr noundef, ptr noundef) #2

declare dso_local i32 @cJSON_AddItemToArray(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @insert_item_in_array(ptr noundef %0, i32 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca i32, align 4
  %7 = alloca ptr, align 4
  %8 = alloca ptr, align 4
  store ptr %0, ptr %5, align 4
  store i32 %1, ptr %6, align 4
  store ptr %2, ptr %7, align 4
  %9 = load ptr, ptr %5, align 4
  %10 = getelementptr inbounds %struct.cJSON, ptr %9, i32 0, i32 2
  %11 = load ptr, ptr %10, align 8
  store ptr %11, ptr %8, align 4
  br label %12

12:                                               ; preds = %20, %3
  %13 = load ptr, ptr %8, align 4
  %14 = icmp ne ptr %13, null
  br i1 %14, label %15, label %18

15:                                               ; preds = %12
  %16 = load i32, ptr %6, align 4
  %17 = icmp ugt i32 %16, 0
  br label %18

18:                                               ; preds = %15, %12
  %19 = phi i1 [ false, %12 ], [ %17, %15 ]
  br i1 %19, label %20, label %26

20:                                               ; preds = %18
  %21 = load ptr, ptr %8, align 4
  %22 = getelementptr inbounds %struct.cJSON, ptr %21, i32 0, i32 0
  %23 = load ptr, ptr %22, align 8
  store ptr %23, ptr %8, align 4
  %24 = load i32, ptr %6, align 4
  %25 = add i32 %24, -1
  store i32 %25, ptr %6, align 4
  br label %12, !llvm.loop !28

26:                                               ; preds = %18
  %27 = load i32, ptr %6, align 4
  %28 = icmp ugt i32 %27, 0
  br i1 %28, label %29, label %30

29:                                               ; preds = %26
  store i32 0, ptr %4, align 4
  br label %65

30:                                               ; preds = %26
  %31 = load ptr, ptr %8, align 4
  %32 = icmp eq ptr %31, null
  br i1 %32, label %33, label %37

33:                                               ; preds = %30
  %34 = load ptr, ptr %5, align 4
  %35 = load ptr, ptr %7, align 4
  %36 = call i32 @cJSON_AddItemToArray(ptr noundef %34, ptr noundef %35)
  store i32 1, ptr %4, align 4
  br label %65

37:                                               ; preds = %30
  %38 = load ptr, ptr %8, align 4
  %39 = load ptr, ptr %7, align 4
  %40 = getelementptr inbounds %struct.cJSON, ptr %39, i32 0, i32 0
  store ptr %38, ptr %40, align 8
  %41 = load ptr, ptr %8, align 4
  %42 = getelementptr inbounds %struct.cJSON, ptr %41, i32 0, i32 1
  %43 = load ptr, ptr %42, align 4
  %44 = load ptr, ptr %7, align 4
  %45 = getelementptr inbounds %struct.cJSON, ptr %44, i32 0, i32 1
  store ptr %43, ptr %45, align 4
  %46 = load ptr, ptr %7, align 4
  %47 = load ptr, ptr %8, align 4
  %48 = getelementptr inbounds %struct.cJSON, ptr %47, i32 0, i32 1
  store ptr %46, ptr %48, align 4
  %49 = load ptr, ptr %8, align 4
  %50 = load ptr, ptr %5, align 4
  %51 = getelementptr inbounds %struct.cJSON, ptr %50, i32 0, i32 2
  %52 = load ptr, ptr %51, align 8
  %53 = icmp eq ptr %49, %52
  br i1 %53, label %54, label %58

54:                                               ; preds = %37
  %55 = load ptr, ptr %7, align 4
  %56 = load ptr, ptr %5, align 4
  %57 = getelementptr inbounds %struct.cJSON, ptr %56, i32 0, i32 2
  store ptr %55, ptr %57, align 8
  br label %64

58:                                               ; preds = %37
  %59 = load ptr, ptr %7, align 4
  %60 = load ptr, ptr %7, align 4
  %61 = getelementptr inbounds %struct.cJSON, ptr %60, i32 0, i32 1
  %62 = load ptr, ptr %61, align 4
  %63 = getelementptr inbounds %struct.cJSON, ptr %62, i32 0, i32 0
  store ptr %59, ptr %63, align 8
  br label %64

64:                                               ; preds = %58, %54
  store i32 1, ptr %4, align 4
  br label %65

65:                                               ; preds = %64, %33, %29
  %66 = load i32, ptr %4, align 4
  ret i32 %66
}

declare dso_local void @cJSON_DeleteItemFromObjectCaseSensitive(ptr noundef, ptr noundef) #1

declare dso_local void @cJSON_DeleteItemFromObject(ptr noundef, ptr noundef) #1

declare dso_local i32 @cJSON_AddItemToObject(ptr noundef, ptr noundef, ptr noundef) #1

declare dso_local ptr @cJSON_GetObjectItemCaseSensitive(ptr noundef, ptr noundef) #1

declare dso_local ptr @cJSON_GetObjectItem(ptr noundef, ptr noundef) #1

; Function Attrs: noinline nounwind
define internal i32 @compare_double(double noundef %0, double noundef %1) #0 {
  %3 = alloca double, align 8
  %4 = alloca double, align 8
  %5 = alloca double, align 8
  store double %0, ptr %3, align 8
  store double %1, ptr %4, align 8
  %6 = load double, ptr %3, align 8
  %7 = call double @llvm.fabs.f64(double %6)
  %8 = load double, ptr %4, align 8
  %9 = call double @llvm.fabs.f64(double %8)
  %10 = fcmp ogt double %7, %9
  br i1 %10, label %11, label %14

11:                                               ; preds = %2
  %12 = load double, ptr %3, align 8
  %13 = call double @llvm.fabs.f64(double %12)
  br label %17

14:                                               ; preds = %2
  %15 = load double, ptr %4, align 8
  %16 = call double @llvm.fabs.f64(double %15)
  br label %17

17:                                               ; preds = %14, %11
  %18 = phi double [ %13, %11 ], [ %16, %14 ]
  store double %18, ptr %5, align 8
  %19 = load double, ptr %3, align 8
  %20 = load double, ptr %4, align 8
  %21 = fsub double %19, %20
  %22 = call double @llvm.fabs.f64(double %21)
  %23 = load double, ptr %5, align 8
  %24 = fmul double %23, 0x3CB0000000000000
  %25 = fcmp ole double %22, %24
  %26 = zext i1 %25 to i32
  ret i32 %26
}

; Function Attrs: noinline nounwind
define internal i32 @compare_strings(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 4
  %6 = alloca ptr, align 4
  %7 = alloca i32, align 4
  %8 = alloca i8, align 1
  %9 = alloca i32, align 4
  %10 = alloca i8, align 1
  %11 = alloca i32, align 4
  %12 = alloca i8, align 1
  %13 = alloca i32, align 4
  %14 = alloca i8, align 1
  %15 = alloca i32, align 4
  store ptr %0, ptr %5, align 4
  store ptr %1, ptr %6, align 4
  store i32 %2, ptr %7, align 4
  %16 = load ptr, ptr %5, align 4
  %17 = icmp eq ptr %16, null
  br i1 %17, label %21, label %18

18:                                               ; preds = %3
  %19 = load ptr, ptr %6, align 4
  %20 = icmp eq ptr %19, null
  br i1 %20, label %21, label %22

21:                                               ; preds = %18, %3
  store i32 1, ptr %4, align 4
  br label %131

22:                                               ; preds = %18
  %23 = load ptr, ptr %5, align 4
  %24 = load ptr, ptr %6, align 4
  %25 = icmp eq ptr %23, %24
  br i1 %25, label %26, label %27

26:                                               ; preds = %22
  store i32 0, ptr %4, align 4
  br label %131

27:                                               ; preds = %22
  %28 = load i32, ptr %7, align 4
  %29 = icmp ne i32 %28, 0
  br i1 %29, label %30, label %34

30:                                               ; preds = %27
  %31 = load ptr, ptr %5, align 4
  %32 = load ptr, ptr %6, align 4
  %33 = call i32 @strcmp(ptr noundef %31, ptr noundef %32) #5
  store i32 %33, ptr %4, align 4
  br label %131

34:                                               ; preds = %27
  br label %35

35:                                               ; preds = %84, %34
  %36 = load ptr, ptr %5, align 4
  %37 = load i8, ptr %36, align 1
  store i8 %37, ptr %8, align 1
  %38 = load i8, ptr %8, align 1
  %39 = zext i8 %38 to i32
  %40 = getelementptr inbounds i8, ptr getelementptr inbounds (i8, ptr @_ctype_, i32 1), i32 %39
  %41 = load i8, ptr %40, align 1
  %42 = zext i8 %41 to i32
  %43 = and i32 %42, 3
  %44 = icmp eq i32 %43, 1
  br i1 %44, label %45, label %50

45:                                               ; preds = %35
  %46 = load i8, ptr %8, align 1
  %47 = zext i8 %46 to i32
  %48 = sub nsw i32 %47, 65
  %49 = add nsw i32 %48, 97
  br label %53

50:                                               ; preds = %35
  %51 = load i8, ptr %8, align 1
  %52 = zext i8 %51 to i32
  br label %53

53:                                               ; preds = %50, %45
  %54 = phi i32 [ %49, %45 ], [ %52, %50 ]
  store i32 %54, ptr %9, align 4
  %55 = load i32, ptr %9, align 4
  %56 = load ptr, ptr %6, align 4
  %57 = load i8, ptr %56, align 1
  store i8 %57, ptr %10, align 1
  %58 = load i8, ptr %10, align 1
  %59 = zext i8 %58 to i32
  %60 = getelementptr inbounds i8, ptr getelementptr inbounds (i8, ptr @_ctype_, i32 1), i32 %59
  %61 = load i8, ptr %60, align 1
  %62 = zext i8 %61 to i32
  %63 = and i32 %62, 3
  %64 = icmp eq i32 %63, 1
  br i1 %64, label %65, label %70

65:                                               ; preds = %53
  %66 = load i8, ptr %10, align 1
  %67 = zext i8 %66 to i32
  %68 = sub nsw i32 %67, 65
  %69 = add nsw i32 %68, 97
  br label %73

70:                                               ; preds = %53
  %71 = load i8, ptr %10, align 1
  %72 = zext i8 %71 to i32
  br label %73

73:                                               ; preds = %70, %65
  %74 = phi i32 [ %69, %65 ], [ %72, %70 ]
  store i32 %74, ptr %11, align 4
  %75 = load i32, ptr %11, align 4
  %76 = icmp eq i32 %55, %75
  br i1 %76, label %77, label %89

77:                                               ; preds = %73
  %78 = load ptr, ptr %5, align 4
  %79 = load i8, ptr %78, align 1
  %80 = zext i8 %79 to i32
  %81 = icmp eq i32 %80, 0
  br i1 %81, label %82, label %83

82:                                               ; preds = %77
  store i32 0, ptr %4, align 4
  br label %131

83:                                               ; preds = %77
  br label %84

84:                                               ; preds = %83
  %85 = load ptr, ptr %5, align 4
  %86 = getelementptr inbounds i8, ptr %85, i32 1
  store ptr %86, ptr %5, align 4
  %87 = load ptr, ptr %6, align 4
  %88 = getelementptr inbounds i8, ptr %87, i32 1
  store ptr %88, ptr %6, align 4
  br label %35, !llvm.loop !29

89:                                               ; preds = %73
  %90 = load ptr, ptr %5, align 4
  %91 = load i8, ptr %90, align 1
  store i8 %91, ptr %12, align 1
  %92 = load i8, ptr %12, align 1
  %93 = zext i8 %92 to i32
  %94 = getelementptr inbounds i8, ptr getelementptr inbounds (i8, ptr @_ctype_, i32 1), i32 %93
  %95 = load i8, ptr %94, align 1
  %96 = zext i8 %95 to i32
  %97 = and i32 %96, 3
  %98 = icmp eq i32 %97, 1
  br i1 %98, label %99, label %104

99:                                               ; preds = %89
  %100 = load i8, ptr %12, align 1
  %101 = zext i8 %100 to i32
  %102 = sub nsw i32 %101, 65
  %103 = add nsw i32 %102, 97
  br label %107

104:                                              ; preds = %89
  %105 = load i8, ptr %12, align 1
  %106 = zext i8 %105 to i32
  br label %107

107:                                              ; preds = %104, %99
  %108 = phi i32 [ %103, %99 ], [ %106, %104 ]
  store i32 %108, ptr %13, align 4
  %109 = load i32, ptr %13, align 4
  %110 = load ptr, ptr %6, align 4
  %111 = load i8, ptr %110, align 1
  store i8 %111, ptr %14, align 1
  %112 = load i8, ptr %14, align 1
  %113 = zext i8 %112 to i32
  %114 = getelementptr inbounds i8, ptr getelementptr inbounds (i8, ptr @_ctype_, i32 1), i32 %113
  %115 = load i8, ptr %114, align 1
  %116 = zext i8 %115 to i32
  %117 = and i32 %116, 3
  %118 = icmp eq i32 %117, 1
  br i1 %118, label %119, label %124

119:                                              ; preds = %107
  %120 = load i8, ptr %14, align 1
  %121 = zext i8 %120 to i32
  %122 = sub nsw i32 %121, 65
  %123 = add nsw i32 %122, 97
  br label %127

124:                                              ; preds = %107
  %125 = load i8, ptr %14, align 1
  %126 = zext i8 %125 to i32
  br label %127

127:                                              ; preds = %124, %119
  %128 = phi i32 [ %123, %119 ], [ %126, %124 ]
  store i32 %128, ptr %15, align 4
  %129 = load i32, ptr %15, align 4
  %130 = sub nsw i32 %109, %129
  store i32 %130, ptr %4, align 4
  br label %131

131:                                              ; preds = %127, %82, %30, %26, %21
  %132 = load i32, ptr %4, align 4
  ret i32 %132
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #4

; Function Attrs: noinline nounwind
define internal ptr @detach_item_from_array(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 4
  store ptr %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %7 = load ptr, ptr %4, align 4
  %8 = getelementptr inbounds %struct.cJSON, ptr %7, i32 0, i32 2
  %9 = load ptr, ptr %8, align 8
  store ptr %9, ptr %6, align 4
  br label %10

10:                                               ; preds = %18, %2
  %11 = load ptr, ptr %6, align 4
  %12 = icmp ne ptr %11, null
  br i1 %12, label %13, label %16

13:                                               ; preds = %10
  %14 = load i32, ptr %5, align 4
  %15 = icmp ugt i32 %14, 0
  br label %16

16:                                               ; preds = %13, %10
  %17 = phi i1 [ false, %10 ], [ %15, %13 ]
  br i1 %17, label %18, label %24

18:                                               ; preds = %16
  %19 = load ptr, ptr %6, align 4
  %20 = getelementptr inbounds %struct.cJSON, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %20, align 8
  store ptr %21, ptr %6, align 4
  %22 = load i32, ptr %5, align 4
  %23 = add i32 %22, -1
  store i32 %23, ptr %5, align 4
  br label %10, !llvm.loop !30

24:                                               ; preds = %16
  %25 = load ptr, ptr %6, align 4
  %26 = icmp ne ptr %25, null
  br i1 %26, label %28, label %27

27:                                               ; preds = %24
  store ptr null, ptr %3, align 4
  br label %87

28:                                               ; preds = %24
  %29 = load ptr, ptr %6, align 4
  %30 = load ptr, ptr %4, align 4
  %31 = getelementptr inbounds %struct.cJSON, ptr %30, i32 0, i32 2
  %32 = load ptr, ptr %31, align 8
  %33 = icmp ne ptr %29, %32
  br i1 %33, label %34, label %42

34:                                               ; preds = %28
  %35 = load ptr, ptr %6, align 4
  %36 = getelementptr inbounds %struct.cJSON, ptr %35, i32 0, i32 0
  %37 = load ptr, ptr %36, align 8
  %38 = load ptr, ptr %6, align 4
  %39 = getelementptr inbounds %struct.cJSON, ptr %38, i32 0, i32 1
  %40 = load ptr, ptr %39, align 4
  %41 = getelementptr inbounds %struct.cJSON, ptr %40, i32 0, i32 0
  store ptr %37, ptr %41, align 8
  br label %42

42:                                               ; preds = %34, %28
  %43 = load ptr, ptr %6, align 4
  %44 = getelementptr inbounds %struct.cJSON, ptr %43, i32 0, i32 0
  %45 = load ptr, ptr %44, align 8
  %46 = icmp ne ptr %45, null
  br i1 %46, label %47, label %55

47:                                               ; preds = %42
  %48 = load ptr, ptr %6, align 4
  %49 = getelementptr inbounds %struct.cJSON, ptr %48, i32 0, i32 1
  %50 = load ptr, ptr %49, align 4
  %51 = load ptr, ptr %6, align 4
  %52 = getelementptr inbounds %struct.cJSON, ptr %51, i32 0, i32 0
  %53 = load ptr, ptr %52, align 8
  %54 = getelementptr inbounds %struct.cJSON, ptr %53, i32 0, i32 1
  store ptr %50, ptr %54, align 4
  br label %55

55:                                               ; preds = %47, %42
  %56 = load ptr, ptr %6, align 4
  %57 = load ptr, ptr %4, align 4
  %58 = getelementptr inbounds %struct.cJSON, ptr %57, i32 0, i32 2
  %59 = load ptr, ptr %58, align 8
  %60 = icmp eq ptr %56, %59
  br i1 %60, label %61, label %67

61:                                               ; preds = %55
  %62 = load ptr, ptr %6, align 4
  %63 = getelementptr inbounds %struct.cJSON, ptr %62, i32 0, i32 0
  %64 = load ptr, ptr %63, align 8
  %65 = load ptr, ptr %4, align 4
  %66 = getelementptr inbounds %struct.cJSON, ptr %65, i32 0, i32 2
  store ptr %64, ptr %66, align 8
  br label %81

67:                                               ; preds = %55
  %68 = load ptr, ptr %6, align 4
  %69 = getelementptr inbounds %struct.cJSON, ptr %68, i32 0, i32 0
  %70 = load ptr, ptr %69, align 8
  %71 = icmp eq ptr %70, null
  br i1 %71, label %72, label %80

72:                                               ; preds = %67
  %73 = load ptr, ptr %6, align 4
  %74 = getelementptr inbounds %struct.cJSON, ptr %73, i32 0, i32 1
  %75 = load ptr, ptr %74, align 4
  %76 = load ptr, ptr %4, align 4
  %77 = getelementptr inbounds %struct.cJSON, ptr %76, i32 0, i32 2
  %78 = load ptr, ptr %77, align 8
  %79 = getelementptr inbounds %struct.cJSON, ptr %78, i32 0, i32 1
  store ptr %75, ptr %79, align 4
  br label %80

80:                                               ; preds = %72, %67
  br label %81

81:                                               ; preds = %80, %61
  %82 = load ptr, ptr %6, align 4
  %83 = getelementptr inbounds %struct.cJSON, ptr %82, i32 0, i32 0
  store ptr null, ptr %83, align 8
  %84 = load ptr, ptr %6, align 4
  %85 = getelementptr inbounds %struct.cJSON, ptr %84, i32 0, i32 1
  store ptr null, ptr %85, align 4
  %86 = load ptr, ptr %6, align 4
  store ptr %86, ptr %3, align 4
  br label %87

87:                                               ; preds = %81, %27
  %88 = load ptr, ptr %3, align 4
  ret ptr %88
}

declare dso_local ptr @cJSON_DetachItemFromObject(ptr noundef, ptr noundef) #1

declare dso_local ptr @cJSON_CreateObject() #1

declare dso_local ptr @cJSON_CreateString(ptr noundef) #1

; Function Attrs: noinline nounwind
define internal ptr @sort_list(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 4
  %4 = alloca ptr, align 4
  %5 = alloca i32, align 4
  %6 = alloca ptr, align 4
  %7 = alloca ptr, align 4
  %8 = alloca ptr, align 4
  %9 = alloca ptr, align 4
  %10 = alloca ptr, align 4
  %11 = alloca ptr, align 4
  store ptr %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %12 = load ptr, ptr %4, align 4
  store ptr %12, ptr %6, align 4
  %13 = load ptr, ptr %4, align 4
  store ptr %13, ptr %7, align 4
  %14 = load ptr, ptr %4, align 4
  store ptr %14, ptr %8, align 4
  %15 = load ptr, ptr %4, align 4
  store ptr %15, ptr %9, align 4
  store ptr null, ptr %10, align 4
  %16 = load ptr, ptr %4, align 4
  %17 = icmp eq ptr %16, null
  br i1 %17, label %23, label %18

18:                                               ; preds = %2
  %19 = load ptr, ptr %4, align 4
  %20 = getelementptr inbounds %struct.cJSON, ptr %19, i32 0, i32 0
  %21 = load ptr, ptr %20, align 8
  %22 = icmp eq ptr %21, null
  br i1 %22, label %23, label %25

23:                                               ; preds = %18, %2
  %24 = load ptr, ptr %9, align 4
  store ptr %24, ptr %3, align 4
  br label %184

25:                                               ; preds = %18
  br label %26

26:                                               ; preds = %48, %25
  %27 = load ptr, ptr %8, align 4
  %28 = icmp ne ptr %27, null
  br i1 %28, label %29, label %46

29:                                               ; preds = %26
  %30 = load ptr, ptr %8, align 4
  %31 = getelementptr inbounds %struct.cJSON, ptr %30, i32 0, i32 0
  %32 = load ptr, ptr %31, align 8
  %33 = icmp ne ptr %32, null
  br i1 %33, label %34, label %46

34:                                               ; preds = %29
  %35 = load ptr, ptr %8, align 4
  %36 = getelementptr inbounds %struct.cJSON, ptr %35, i32 0, i32 7
  %37 = load ptr, ptr %36, align 8
  %38 = load ptr, ptr %8, align 4
  %39 = getelementptr inbounds %struct.cJSON, ptr %38, i32 0, i32 0
  %40 = load ptr, ptr %39, align 8
  %41 = getelementptr inbounds %struct.cJSON, ptr %40, i32 0, i32 7
  %42 = load ptr, ptr %41, align 8
  %43 = load i32, ptr %5, align 4
  %44 = call i32 @compare_strings(ptr noundef %37, ptr noundef %42, i32 noundef %43)
  %45 = icmp slt i32 %44, 0
  br label %46

46:                                               ; preds = %34, %29, %26
  %47 = phi i1 [ false, %29 ], [ false, %26 ], [ %45, %34 ]
  br i1 %47, label %48, label %52

48:                                               ; preds = %46
  %49 = load ptr, ptr %8, align 4
  %50 = getelementptr inbounds %struct.cJSON, ptr %49, i32 0, i32 0
  %51 = load ptr, ptr %50, align 8
  store ptr %51, ptr %8, align 4
  br label %26, !llvm.loop !31

52:                                               ; preds = %46
  %53 = load ptr, ptr %8, align 4
  %54 = icmp eq ptr %53, null
  br i1 %54, label %60, label %55

55:                                               ; preds = %52
  %56 = load ptr, ptr %8, align 4
  %57 = getelementptr inbounds %struct.cJSON, ptr %56, i32 0, i32 0
  %58 = load ptr, ptr %57, align 8
  %59 = icmp eq ptr %58, null
  br i1 %59, label %60, label %62

60:                                               ; preds = %55, %52
  %61 = load ptr, ptr %9, align 4
  store ptr %61, ptr %3, align 4
  br label %184

62:                                               ; preds = %55
  %63 = load ptr, ptr %4, align 4
  store ptr %63, ptr %8, align 4
  br label %64

64:                                               ; preds = %80, %62
  %65 = load ptr, ptr %8, align 4
  %66 = icmp ne ptr %65, null
  br i1 %66, label %67, label %81

67:                                               ; preds = %64
  %68 = load ptr, ptr %7, align 4
  %69 = getelementptr inbounds %struct.cJSON, ptr %68, i32 0, i32 0
  %70 = load ptr, ptr %69, align 8
  store ptr %70, ptr %7, align 4
  %71 = load ptr, ptr %8, align 4
  %72 = getelementptr inbounds %struct.cJSON, ptr %71, i32 0, i32 0
  %73 = load ptr, ptr %72, align 8
  store ptr %73, ptr %8, align 4
  %74 = load ptr, ptr %8, align 4
  %75 = icmp ne ptr %74, null
  br i1 %75, label %76, label %80

76:                                               ; preds = %67
  %77 = load ptr, ptr %8, align 4
  %78 = getelementptr inbounds %struct.cJSON, ptr %77, i32 0, i32 0
  %79 = load ptr, ptr %78, align 8
  store ptr %79, ptr %8, align 4
  br label %80

80:                                               ; preds = %76, %67
  br label %64, !llvm.loop !32

81:                                               ; preds = %64
  %82 = load ptr, ptr %7, align 4
  %83 = icmp ne ptr %82, null
  br i1 %83, label %84, label %96

84:                                               ; preds = %81
  %85 = load ptr, ptr %7, align 4
  %86 = getelementptr inbounds %struct.cJSON, ptr %85, i32 0, i32 1
  %87 = load ptr, ptr %86, align 4
  %88 = icmp ne ptr %87, null
  br i1 %88, label %89, label %96

89:                                               ; preds = %84
  %90 = load ptr, ptr %7, align 4
  %91 = getelementptr inbounds %struct.cJSON, ptr %90, i32 0, i32 1
  %92 = load ptr, ptr %91, align 4
  %93 = getelementptr inbounds %struct.cJSON, ptr %92, i32 0, i32 0
  store ptr null, ptr %93, align 8
  %94 = load ptr, ptr %7, align 4
  %95 = getelementptr inbounds %struct.cJSON, ptr %94, i32 0, i32 1
  store ptr null, ptr %95, align 4
  br label %96

96:                                               ; preds = %89, %84, %81
  %97 = load ptr, ptr %6, align 4
  %98 = load i32, ptr %5, align 4
  %99 = call ptr @sort_list(ptr noundef %97, i32 noundef %98)
  store ptr %99, ptr %6, align 4
  %100 = load ptr, ptr %7, align 4
  %101 = load i32, ptr %5, align 4
  %102 = call ptr @sort_list(ptr noundef %100, i32 noundef %101)
  store ptr %102, ptr %7, align 4
  store ptr null, ptr %9, align 4
  br label %103

103:                                              ; preds = %151, %96
  %104 = load ptr, ptr %6, align 4
  %105 = icmp ne ptr %104, null
  br i1 %105, label %106, label %109

106:                                              ; preds = %103
  %107 = load ptr, ptr %7, align 4
  %108 = icmp ne ptr %107, null
  br label %109

109:                                              ; preds = %106, %103
  %110 = phi i1 [ false, %103 ], [ %108, %106 ]
  br i1 %110, label %111, label %152

111:                                              ; preds = %109
  store ptr null, ptr %11, align 4
  %112 = load ptr, ptr %6, align 4
  %113 = getelementptr inbounds %struct.cJSON, ptr %112, i32 0, i32 7
  %114 = load ptr, ptr %113, align 8
  %115 = load ptr, ptr %7, align 4
  %116 = getelementptr inbounds %struct.cJSON, ptr %115, i32 0, i32 7
  %117 = load ptr, ptr %116, align 8
  %118 = load i32, ptr %5, align 4
  %119 = call i32 @compare_strings(ptr noundef %114, ptr noundef %117, i32 noundef %118)
  %120 = icmp slt i32 %119, 0
  br i1 %120, label %121, label %123

121:                                              ; preds = %111
  %122 = load ptr, ptr %6, align 4
  store ptr %122, ptr %11, align 4
  br label %125

123:                                              ; preds = %111
  %124 = load ptr, ptr %7, align 4
  store ptr %124, ptr %11, align 4
  br label %125

125:                                              ; preds = %123, %121
  %126 = load ptr, ptr %9, align 4
  %127 = icmp eq ptr %126, null
  br i1 %127, label %128, label %131

128:                                              ; preds = %125
  %129 = load ptr, ptr %11, align 4
  store ptr %129, ptr %10, align 4
  %130 = load ptr, ptr %11, align 4
  store ptr %130, ptr %9, align 4
  br label %139

131:                                              ; preds = %125
  %132 = load ptr, ptr %11, align 4
  %133 = load ptr, ptr %10, align 4
  %134 = getelementptr inbounds %struct.cJSON, ptr %133, i32 0, i32 0
  store ptr %132, ptr %134, align 8
  %135 = load ptr, ptr %10, align 4
  %136 = load ptr, ptr %11, align 4
  %137 = getelementptr inbounds %struct.cJSON, ptr %136, i32 0, i32 1
  store ptr %135, ptr %137, align 4
  %138 = load ptr, ptr %11, align 4
  store ptr %138, ptr %10, align 4
  br label %139

139:                                              ; preds = %131, %128
  %140 = load ptr, ptr %6, align 4
  %141 = load ptr, ptr %11, align 4
  %142 = icmp eq ptr %140, %141
  br i1 %142, label %143, label %147

143:                                              ; preds = %139
  %144 = load ptr, ptr %6, align 4
  %145 = getelementptr inbounds %struct.cJSON, ptr %144, i32 0, i32 0
  %146 = load ptr, ptr %145, align 8
  store ptr %146, ptr %6, align 4
  br label %151

147:                                              ; preds = %139
  %148 = load ptr, ptr %7, align 4
  %149 = getelementptr inbounds %struct.cJSON, ptr %148, i32 0, i32 0
  %150 = load ptr, ptr %149, align 8
  store ptr %150, ptr %7, align 4
  br label %151

151:                                              ; preds = %147, %143
  br label %103, !llvm.loop !33

152:                                              ; preds = %109
  %153 = load ptr, ptr %6, align 4
  %154 = icmp ne ptr %153, null
  br i1 %154, label %155, label %167

155:                                              ; preds = %152
  %156 = load ptr, ptr %9, align 4
  %157 = icmp eq ptr %156, null
  br i1 %157, label %158, label %160

158:                                              ; preds = %155
  %159 = load ptr, ptr %6, align 4
  store ptr %159, ptr %3, align 4
  br label %184

160:                                              ; preds = %155
  %161 = load ptr, ptr %6, align 4
  %162 = load ptr, ptr %10, align 4
  %163 = getelementptr inbounds %struct.cJSON, ptr %162, i32 0, i32 0
  store ptr %161, ptr %163, align 8
  %164 = load ptr, ptr %10, align 4
  %165 = load ptr, ptr %6, align 4
  %166 = getelementptr inbounds %struct.cJSON, ptr %165, i32 0, i32 1
  store ptr %164, ptr %166, align 4
  br label %167

167:                                              ; preds = %160, %152
  %168 = load ptr, ptr %7, align 4
  %169 = icmp ne ptr %168, null
  br i1 %169, label %170, label %182

170:                                              ; preds = %167
  %171 = load ptr, ptr %9, align 4
  %172 = icmp eq ptr %171, null
  br i1 %172, label %173, label %175

173:                                              ; preds = %170
  %174 = load ptr, ptr %7, align 4
  store ptr %174, ptr %3, align 4
  br label %184

175:                                              ; preds = %170
  %176 = load ptr, ptr %7, align 4
  %177 = load ptr, ptr %10, align 4
  %178 = getelementptr inbounds %struct.cJSON, ptr %177, i32 0, i32 0
  store ptr %176, ptr %178, align 8
  %179 = load ptr, ptr %10, align 4
  %180 = load ptr, ptr %7, align 4
  %181 = getelementptr inbounds %struct.cJSON, ptr %180, i32 0, i32 1
  store ptr %179, ptr %181, align 4
  br label %182

182:                                              ; preds = %175, %167
  %183 = load ptr, ptr %9, align 4
  store ptr %183, ptr %3, align 4
  br label %184

184:                                              ; preds = %182, %173, %158, %60, %23
  %185 = load ptr, ptr %3, align 4
  ret ptr %185
}

declare dso_local i32 @cJSON_IsNull(ptr noundef) #1

declare dso_local ptr @cJSON_DetachItemFromObjectCaseSensitive(ptr noundef, ptr noundef) #1

declare dso_local ptr @cJSON_CreateNull() #1

attributes #0 = { noinline nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" "target-features"="+32bit,+a,+c,+m,+relax,+zmmul,-b,-d,-e,-experimental-smmpm,-experimental-smnpm,-experimental-ssnpm,-experimental-sspm,-experimental-ssqosid,-experimental-supm,-experimental-zacas,-experimental-zalasr,-experimental-zicfilp,-experimental-zicfiss,-f,-h,-shcounterenw,-shgatpa,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcsrind,-smepmp,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-v,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xsfcease,-xsfvcp,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" "target-features"="+32bit,+a,+c,+m,+relax,+zmmul,-b,-d,-e,-experimental-smmpm,-experimental-smnpm,-experimental-ssnpm,-experimental-sspm,-experimental-ssqosid,-experimental-supm,-experimental-zacas,-experimental-zalasr,-experimental-zicfilp,-experimental-zicfiss,-f,-h,-shcounterenw,-shgatpa,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcsrind,-smepmp,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-v,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xsfcease,-xsfvcp,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #2 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic-rv32" "target-features"="+32bit,+a,+c,+m,+relax,+zmmul,-b,-d,-e,-experimental-smmpm,-experimental-smnpm,-experimental-ssnpm,-experimental-sspm,-experimental-ssqosid,-experimental-supm,-experimental-zacas,-experimental-zalasr,-experimental-zicfilp,-experimental-zicfiss,-f,-h,-shcounterenw,-shgatpa,-shtvala,-shvsatpa,-shvstvala,-shvstvecd,-smaia,-smcdeleg,-smcsrind,-smepmp,-smstateen,-ssaia,-ssccfg,-ssccptr,-sscofpmf,-sscounterenw,-sscsrind,-ssstateen,-ssstrict,-sstc,-sstvala,-sstvecd,-ssu64xl,-svade,-svadu,-svbare,-svinval,-svnapot,-svpbmt,-v,-xcvalu,-xcvbi,-xcvbitmanip,-xcvelw,-xcvmac,-xcvmem,-xcvsimd,-xsfcease,-xsfvcp,-xsfvfnrclipxfqf,-xsfvfwmaccqqq,-xsfvqmaccdod,-xsfvqmaccqoq,-xsifivecdiscarddlone,-xsifivecflushdlone,-xtheadba,-xtheadbb,-xtheadbs,-xtheadcmo,-xtheadcondmov,-xtheadfmemidx,-xtheadmac,-xtheadmemidx,-xtheadmempair,-xtheadsync,-xtheadvdot,-xventanacondops,-xwchc,-za128rs,-za64rs,-zaamo,-zabha,-zalrsc,-zama16b,-zawrs,-zba,-zbb,-zbc,-zbkb,-zbkc,-zbkx,-zbs,-zca,-zcb,-zcd,-zce,-zcf,-zcmop,-zcmp,-zcmt,-zdinx,-zfa,-zfbfmin,-zfh,-zfhmin,-zfinx,-zhinx,-zhinxmin,-zic64b,-zicbom,-zicbop,-zicboz,-ziccamoa,-ziccif,-zicclsm,-ziccrse,-zicntr,-zicond,-zicsr,-zifencei,-zihintntl,-zihintpause,-zihpm,-zimop,-zk,-zkn,-zknd,-zkne,-zknh,-zkr,-zks,-zksed,-zksh,-zkt,-ztso,-zvbb,-zvbc,-zve32f,-zve32x,-zve64d,-zve64f,-zve64x,-zvfbfmin,-zvfbfwma,-zvfh,-zvfhmin,-zvkb,-zvkg,-zvkn,-zvknc,-zvkned,-zvkng,-zvknha,-zvknhb,-zvks,-zvksc,-zvksed,-zvksg,-zvksh,-zvkt,-zvl1024b,-zvl128b,-zvl16384b,-zvl2048b,-zvl256b,-zvl32768b,-zvl32b,-zvl4096b,-zvl512b,-zvl64b,-zvl65536b,-zvl8192b" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nounwind }

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
!11 = distinct !{!11, !8}
!12 = distinct !{!12, !8}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !8}
!15 = distinct !{!15, !8}
!16 = distinct !{!16, !8}
!17 = distinct !{!17, !8}
!18 = distinct !{!18, !8}
!19 = distinct !{!19, !8}
!20 = distinct !{!20, !8}
!21 = distinct !{!21, !8}
!22 = distinct !{!22, !8}
!23 = distinct !{!23, !8}
!24 = distinct !{!24, !8}
!25 = distinct !{!25, !8}
!26 = distinct !{!26, !8}
!27 = distinct !{!27, !8}
!28 = distinct !{!28, !8}
!29 = distinct !{!29, !8}
!30 = distinct !{!30, !8}
!31 = distinct !{!31, !8}
!32 = distinct !{!32, !8}
!33 = distinct !{!33, !8}
