async def g():
 async for x in y:
  with x, z:
   try:
    if a: return 1
    try:
     while x:
      for x in y:
       async with x:
        try:
         pass
        finally:
         if a: return x
         with x, z:
          try:
           pass
          finally:
           if a: return x
           async for x in y:
            with x, z:
             try:
              if a: break
              try:
               try:
                if a: return x
                match x:
                 case 1:
                  a = [x async for x in y]
               finally:
                for x in y: pass
              finally:
               pass
             finally:
              for x in y: pass
    finally:
     pass
   finally:
    for x in y: pass
